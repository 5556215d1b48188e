package se.uppdrag.uppdrag.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import se.uppdrag.uppdrag.Statusrapport;

/**
 * A status report: traffic light, trend and a comment. The same form answers a request (the task) and files a report
 * from the uppdrag's page; {@link Inlamning} says where it goes.
 */
class StatusrapportFormular extends Formularbas {

    /** Sends the report with the form's key. */
    @FunctionalInterface
    interface Inlamning {
        void lamna(Statusrapport.Ljus ljus, Statusrapport.Trend trend, @Nullable String kommentar, UUID nyckel);
    }

    StatusrapportFormular(Runnable klar, Inlamning inlamning) {
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
                e -> utfor(() -> inlamning.lamna(ljus.getValue(), trend.getValue(), kommentar.getValue(), nyckel()), kommentar));
        skicka.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(ljus, trend, kommentar, skicka);
    }
}
