package se.uppdrag.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import se.uppdrag.security.LosenordslankService;
import se.uppdrag.security.Regelbrott;

/**
 * The page of a one-time link from the mail: choose the password, then sign in. A link that is unknown, used or
 * expired gets one page that says so and nothing else, whatever the reason (it never tells whether a login exists).
 */
@Route(value = "losenord/:token", autoLayout = false)
@AnonymousAllowed
class LosenordView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LosenordslankService lankar;
    private String rubrik = "losenord.lank.rubrik";

    LosenordView(LosenordslankService lankar) {
        this.lankar = lankar;
        setAlignItems(Alignment.CENTER);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var token = event.getRouteParameters().get("token").orElse("");
        if (lankar.giltig(token)) {
            formular(token);
        } else {
            ogiltig();
        }
    }

    private void formular(String token) {
        removeAll();
        rubrik = "losenord.lank.rubrik";
        var nytt = new NyttLosenord();
        // one key per form: "Spara" sent again after the link was used up by it ends on the login page, not "invalid link"
        var nyckel = java.util.UUID.randomUUID();
        var spara = new Button(getTranslation("losenord.lank.spara"), e -> nytt.varde().ifPresent(losenord -> {
            try {
                lankar.satt(token, losenord, nyckel);
                UI.getCurrent().navigate("login", QueryParameters.of("losenord", "satt"));
            } catch (Regelbrott fel) {
                if ("losenord.lank.ogiltig".equals(fel.nyckel())) {
                    ogiltig();
                } else {
                    nytt.visa(fel);
                }
            }
        }));
        spara.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H1(getTranslation(rubrik)), new Paragraph(getTranslation("losenord.lank.ingress")), nytt, spara);
    }

    private void ogiltig() {
        removeAll();
        rubrik = "losenord.lank.ogiltig.rubrik";
        add(new H1(getTranslation(rubrik)), new Paragraph(getTranslation("losenord.lank.ogiltig")),
                new Anchor("login", getTranslation("losenord.lank.till-login")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation(rubrik) + " – " + getTranslation("app.namn");
    }
}
