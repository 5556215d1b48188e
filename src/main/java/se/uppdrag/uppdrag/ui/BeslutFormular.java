package se.uppdrag.uppdrag.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import se.uppdrag.uppdrag.Beslut;
import se.uppdrag.uppdrag.BeslutService;
import se.uppdrag.workflow.Uppgift;

/** A beslutsfattare's decision: fastställ, återremittera or avslå (the last two with a comment). */
class BeslutFormular extends Formularbas {

    BeslutFormular(Uppgift uppgift, Runnable klar, BeslutService beslut) {
        super(klar);
        var val = new RadioButtonGroup<Beslut>(getTranslation("beslut.val"));
        val.setItems(Beslut.values());
        val.setItemLabelGenerator(b -> getTranslation("beslut." + b.name()));
        val.setRequiredIndicatorVisible(true);
        var kommentar = kommentar("beslut.kommentar");
        kommentar.setHelperText(getTranslation("beslut.kommentar.hjalp"));
        var skicka = new Button(getTranslation("beslut.registrera"), e -> {
            if (val.getValue() == null) {
                val.setErrorMessage(getTranslation("beslut.valj"));
                val.setInvalid(true);
                return;
            }
            utfor(() -> beslut.besluta(uppgift.id(), val.getValue(), kommentar.getValue(), nyckel()), kommentar);
        });
        skicka.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(val, kommentar, skicka);
    }
}
