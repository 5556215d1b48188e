package se.uppdrag.uppdrag.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import se.uppdrag.text.HarMeddelande;
import se.uppdrag.text.Meddelande;
import se.uppdrag.uppdrag.UppdragAtgardService;
import se.uppdrag.uppdrag.UppdragId;
import se.uppdrag.ui.Datumfalt;

/**
 * Moves the date the uppdrag reports back by: the new date and why. The service's refusal is shown at its field (the
 * reason at the reason, everything else at the date) and what was typed stays.
 */
class AterredovisningDialog extends Dialog {

    private static final String SKAL_SAKNAS = "aterredovisning.fel.skal";

    AterredovisningDialog(UppdragId id, @Nullable LocalDate nu, UppdragAtgardService atgarder, Runnable klart) {
        setHeaderTitle(getTranslation("atgard.flytta-aterredovisning.rubrik"));
        var nyckel = UUID.randomUUID();
        var datum = Datumfalt.skapa(this, "atgard.flytta-aterredovisning.datum");
        datum.setRequiredIndicatorVisible(true);
        var skal = new TextArea(getTranslation("atgard.skal"));
        skal.setWidth("28em");
        skal.setMaxLength(2000);
        skal.setRequiredIndicatorVisible(true);
        skal.setHelperText(getTranslation("atgard.flytta-aterredovisning.hjalp"));
        add(new Paragraph(getTranslation("atgard.flytta-aterredovisning.nu", nu == null ? "–" : nu.toString())), datum, skal);
        var ok = new Button(getTranslation("atgard.flytta-aterredovisning.spara"), e -> {
            datum.setInvalid(false);
            skal.setInvalid(false);
            try {
                atgarder.flyttaAterredovisning(id, datum.getValue(), skal.getValue(), nyckel);
                close();
                klart.run();
            } catch (IllegalArgumentException | IllegalStateException fel) {
                var vidSkal = fel instanceof HarMeddelande m && SKAL_SAKNAS.equals(m.meddelande().nyckel());
                var text = Meddelande.text(fel, this::getTranslation);
                if (vidSkal) {
                    skal.setErrorMessage(text);
                    skal.setInvalid(true);
                } else {
                    datum.setErrorMessage(text);
                    datum.setInvalid(true);
                }
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("knapp.avbryt"), e -> close()), ok);
    }
}
