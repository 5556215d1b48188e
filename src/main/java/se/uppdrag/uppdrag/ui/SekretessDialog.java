package se.uppdrag.uppdrag.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Optional;
import se.uppdrag.text.Meddelande;
import se.uppdrag.text.OgiltigtVardeException;
import se.uppdrag.uppdrag.OslHanvisning;
import se.uppdrag.uppdrag.Sekretess;
import se.uppdrag.uppdrag.SekretessService;
import se.uppdrag.uppdrag.UppdragId;

/**
 * Sets, changes or removes the sekretess marking: the provision and the reason, each refused at its own field with the
 * domain's message; the service decides who may.
 */
class SekretessDialog extends Dialog {

    /** One key per dialog and button: saving or removing again in the same dialog is the same submission. */
    private final java.util.UUID markeraNyckel = java.util.UUID.randomUUID();
    private final java.util.UUID havNyckel = java.util.UUID.randomUUID();

    SekretessDialog(UppdragId id, Optional<Sekretess> nu, SekretessService service, Runnable klart) {
        setHeaderTitle(getTranslation(nu.isPresent() ? "sekretess.andra" : "sekretess.markera"));
        var osl = new TextField(getTranslation("sekretess.osl"));
        osl.setHelperText(getTranslation("sekretess.osl.hjalp"));
        osl.setRequiredIndicatorVisible(true);
        osl.setMaxLength(40);
        osl.setWidth("28em");
        osl.addClassName("sekretess-osl");
        var skal = new TextArea(getTranslation("sekretess.skal"));
        skal.setRequiredIndicatorVisible(true);
        skal.setMaxLength(Sekretess.SKAL_MAX);
        skal.setWidth("28em");
        skal.addClassName("sekretess-skal");
        nu.ifPresent(s -> {
            osl.setValue(s.hanvisning().toString());
            skal.setValue(s.skal());
        });
        add(new com.vaadin.flow.component.html.Paragraph(getTranslation("sekretess.info")), osl, skal);
        var spara = new Button(getTranslation("sekretess.spara"), e -> {
            osl.setInvalid(false);
            skal.setInvalid(false);
            OslHanvisning hanvisning;
            try {
                hanvisning = OslHanvisning.parse(osl.getValue());
            } catch (OgiltigtVardeException fel) {
                osl.setErrorMessage(fel.meddelande().text(this::getTranslation));
                osl.setInvalid(true);
                return;
            }
            try {
                service.markera(id, new Sekretess(hanvisning, skal.getValue()), markeraNyckel);
                klar(klart, "sekretess.sparad");
            } catch (IllegalArgumentException | IllegalStateException | org.springframework.security.access.AccessDeniedException fel) {
                skal.setErrorMessage(Meddelande.text(fel, this::getTranslation));
                skal.setInvalid(true);
            }
        });
        spara.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        spara.addClassName("sekretess-spara");
        getFooter().add(new Button(getTranslation("knapp.avbryt"), e -> close()));
        if (nu.isPresent()) {
            var hav = new Button(getTranslation("sekretess.hav"), e -> {
                try {
                    service.hav(id, havNyckel);
                    klar(klart, "sekretess.havd");
                } catch (IllegalStateException | org.springframework.security.access.AccessDeniedException fel) {
                    skal.setErrorMessage(Meddelande.text(fel, this::getTranslation));
                    skal.setInvalid(true);
                }
            });
            hav.addThemeVariants(ButtonVariant.LUMO_ERROR);
            getFooter().add(hav);
        }
        getFooter().add(spara);
    }

    private void klar(Runnable klart, String nyckel) {
        close();
        com.vaadin.flow.component.notification.Notification.show(getTranslation(nyckel), 4000,
                com.vaadin.flow.component.notification.Notification.Position.BOTTOM_START);
        klart.run();
    }
}
