package se.uppdrag.uppdrag.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import se.uppdrag.uppdrag.RemissService;
import se.uppdrag.uppdrag.Remissvar;
import se.uppdrag.workflow.Uppgift;

/** A reviewer's answer: godkänt or ändringar behövs, with a comment. */
class RemissvarFormular extends Formularbas {

    RemissvarFormular(Uppgift uppgift, Runnable klar, RemissService remiss) {
        super(klar);
        var svar = new RadioButtonGroup<Remissvar.Svar>(getTranslation("remissvar.svar"));
        svar.setItems(Remissvar.Svar.values());
        svar.setItemLabelGenerator(s -> getTranslation("remissvar." + s.name()));
        svar.setRequiredIndicatorVisible(true);
        var kommentar = kommentar("remissvar.kommentar");
        var skicka = new Button(getTranslation("remissvar.skicka"), e -> {
            if (svar.getValue() == null) {
                svar.setErrorMessage(getTranslation("remissvar.valj"));
                svar.setInvalid(true);
                return;
            }
            utfor(() -> remiss.svara(uppgift.id(), svar.getValue(), kommentar.getValue(), nyckel()), kommentar);
        });
        skicka.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(svar, kommentar, skicka);
    }
}
