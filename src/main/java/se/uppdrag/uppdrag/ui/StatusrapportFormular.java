package se.uppdrag.uppdrag.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import se.uppdrag.uppdrag.GenomforandeService;
import se.uppdrag.uppdrag.Statusrapport;
import se.uppdrag.workflow.Uppgift;

/** A status report: traffic light, trend and a comment. */
class StatusrapportFormular extends Formularbas {

    StatusrapportFormular(Uppgift uppgift, Runnable klar, GenomforandeService genomforande) {
        super(klar);
        var ljus = new RadioButtonGroup<Statusrapport.Ljus>(getTranslation("statusrapport.ljus"));
        ljus.setItems(Statusrapport.Ljus.values());
        ljus.setItemLabelGenerator(l -> getTranslation("ljus." + l.name()));
        ljus.setValue(Statusrapport.Ljus.GRON);
        var trend = new RadioButtonGroup<Statusrapport.Trend>(getTranslation("statusrapport.trend"));
        trend.setItems(Statusrapport.Trend.values());
        trend.setItemLabelGenerator(t -> getTranslation("trend." + t.name()));
        trend.setValue(Statusrapport.Trend.OFORANDRAD);
        var kommentar = kommentar("statusrapport.kommentar");
        kommentar.setRequiredIndicatorVisible(true);
        var skicka = new Button(getTranslation("statusrapport.lamna"),
                e -> utfor(() -> genomforande.lamnaStatusrapport(uppgift.id(), ljus.getValue(), trend.getValue(), kommentar.getValue(), nyckel()), kommentar));
        skicka.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(ljus, trend, kommentar, skicka);
    }
}
