package se.uppdrag.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import se.uppdrag.security.AnvandareService;
import se.uppdrag.security.Inloggning;
import se.uppdrag.security.Regelbrott;

/**
 * One login: its roles, disabling or enabling it, and a reset link. What is refused (the last administrator,
 * oneself) is said at the roles or in the dialog's message line, in the user's language.
 */
class HanteraInloggningDialog extends Dialog {

    private final AnvandareService anvandare;
    private final Runnable andrad;
    private final Paragraph meddelande = new Paragraph();
    private Inloggning inloggning;

    HanteraInloggningDialog(AnvandareService anvandare, Inloggning inloggning, Runnable andrad) {
        this.anvandare = anvandare;
        this.inloggning = inloggning;
        this.andrad = andrad;
        setHeaderTitle(getTranslation("inloggning.dialog.hantera", inloggning.anvandarnamn()));
        meddelande.getElement().setAttribute("role", "status");
        var roller = Rolltexter.val(this);
        roller.setValue(inloggning.roller().stream().filter(se.uppdrag.security.Roller.VALBARA::contains)
                .collect(java.util.stream.Collectors.toSet()));
        var spara = new Button(getTranslation("inloggning.spara"), e -> {
            roller.setInvalid(false);
            gor(() -> anvandare.andraRoller(inloggning.id(), roller.getValue()), "inloggning.sparad", roller);
        });
        var status = new Button(getTranslation(inloggning.aktiv() ? "inloggning.inaktivera" : "inloggning.aktivera"));
        status.addClickListener(e -> {
            var aktivera = !this.inloggning.aktiv();
            gor(() -> {
                if (aktivera) {
                    anvandare.aktivera(inloggning.id());
                } else {
                    anvandare.inaktivera(inloggning.id());
                }
            }, aktivera ? "inloggning.aktiverad" : "inloggning.inaktiverad", null);
            status.setText(getTranslation(this.inloggning.aktiv() ? "inloggning.inaktivera" : "inloggning.aktivera"));
        });
        var lank = new Button(getTranslation("inloggning.skicka-lank"),
                e -> gor(() -> anvandare.skickaAterstallningslank(inloggning.id()), "inloggning.lank-skickad", null));
        var person = inloggning.epost() == null ? inloggning.namn()
                : getTranslation("inloggning.dialog.person", inloggning.namn(), inloggning.epost().value());
        add(new Paragraph(person), roller, spara, new HorizontalLayout(status, lank), meddelande);
        var stang = new Button(getTranslation("inloggning.stang"), e -> close());
        stang.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        getFooter().add(stang);
        setWidth("32em");
    }

    private void gor(Runnable atgard, String klart, com.vaadin.flow.component.checkbox.CheckboxGroup<String> falt) {
        try {
            atgard.run();
            inloggning = anvandare.hamta(inloggning.id());
            meddelande.setText(getTranslation(klart, inloggning.anvandarnamn(),
                    inloggning.epost() == null ? "" : inloggning.epost().value()));
            andrad.run();
        } catch (Regelbrott fel) {
            var text = getTranslation(fel.nyckel(), fel.argument());
            if (falt != null) {
                falt.setErrorMessage(text);
                falt.setInvalid(true);
            }
            meddelande.setText(text);
        }
    }
}
