package se.uppdrag.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import se.uppdrag.security.CurrentUser;
import se.uppdrag.security.KontoService;
import se.uppdrag.security.Regelbrott;
import se.uppdrag.security.Roller;

/** Mitt konto: every user changes their own password here, with the current one. */
@Route("konto")
@Menu(title = "losenord.nav.konto", order = 80, icon = "vaadin:user")
@RolesAllowed(Roller.ANVANDARE)
class KontoView extends VerticalLayout implements HasDynamicTitle {

    private final PasswordField nuvarande = new PasswordField();
    private final NyttLosenord nytt = new NyttLosenord();
    private final Paragraph status = new Paragraph();
    /** The key of the change being sent: the same change sent again (its reply never came) is applied once. */
    private java.util.UUID nyckel = java.util.UUID.randomUUID();

    KontoView(KontoService konto, CurrentUser currentUser) {
        nuvarande.setLabel(getTranslation("losenord.falt.nuvarande"));
        nuvarande.setRequiredIndicatorVisible(true);
        nuvarande.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
        nuvarande.setWidth("24em");
        status.getElement().setAttribute("role", "status");
        var byt = new Button(getTranslation("losenord.byt"), e -> byt(konto));
        byt.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H1(getTranslation("losenord.konto.rubrik")),
                new Paragraph(getTranslation("losenord.konto.ingress", currentUser.require().anvandarnamn())),
                nuvarande, nytt, byt, status);
    }

    private void byt(KontoService konto) {
        status.setText("");
        nuvarande.setInvalid(false);
        if (nuvarande.getValue().isEmpty()) {
            nuvarande.setErrorMessage(getTranslation("losenord.fel.tomt"));
            nuvarande.setInvalid(true);
            return;
        }
        nytt.varde().ifPresent(losenord -> {
            try {
                konto.bytLosenord(nuvarande.getValue(), losenord, nyckel);
                // changed: another change is another submission (one sent again keeps its key, so the old password
                // it carries is not taken for a wrong one)
                nyckel = java.util.UUID.randomUUID();
                nuvarande.clear();
                nytt.tom();
                status.setText(getTranslation("losenord.bytt"));
            } catch (Regelbrott fel) {
                if ("losenord.fel.nuvarande".equals(fel.nyckel())) {
                    nuvarande.setErrorMessage(getTranslation(fel.nyckel()));
                    nuvarande.setInvalid(true);
                    nuvarande.focus();
                } else {
                    nytt.visa(fel);
                }
            }
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("losenord.konto.rubrik") + " – " + getTranslation("app.namn");
    }
}
