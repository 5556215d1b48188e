package se.uppdrag.uppdrag.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;
import se.uppdrag.text.Meddelande;

/** Asks why (pausing, striking): the service's message is shown at the field if the reason is missing. */
class SkalDialog extends Dialog {

    SkalDialog(String rubrik, String knapptext, boolean kravSkal, Consumer<String> atgard) {
        setHeaderTitle(rubrik);
        var skal = new TextArea(getTranslation("atgard.skal"));
        skal.setWidth("28em");
        skal.setMaxLength(2000);
        skal.setRequiredIndicatorVisible(kravSkal);
        if (kravSkal) {
            add(skal);
        }
        var ok = new Button(knapptext, e -> {
            try {
                atgard.accept(skal.getValue());
                close();
            } catch (IllegalArgumentException | IllegalStateException fel) {
                skal.setErrorMessage(Meddelande.text(fel, this::getTranslation));
                skal.setInvalid(true);
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("knapp.avbryt"), e -> close()), ok);
    }
}
