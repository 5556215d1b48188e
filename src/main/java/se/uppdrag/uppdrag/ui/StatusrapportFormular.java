package se.uppdrag.uppdrag.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import com.vaadin.flow.component.textfield.TextField;
import se.uppdrag.text.Tal;
import se.uppdrag.uppdrag.Statusrapport;

/**
 * A status report: traffic light, trend and a comment. The same form answers a request (the task) and files a report
 * from the uppdrag's page; {@link Inlamning} says where it goes.
 */
class StatusrapportFormular extends Formularbas {

    /** Sends the report with the form's key. */
    @FunctionalInterface
    interface Inlamning {
        void lamna(Statusrapport.Ljus ljus, Statusrapport.Trend trend, @Nullable String kommentar, Statusrapport.Resultat ekonomi,
                UUID nyckel);
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
        var prognos = belopp("statusrapport.prognos", "statusrapport.prognos.hjalp");
        var utfall = belopp("statusrapport.utfall", "statusrapport.utfall.hjalp");
        var effekt = new TextField(getTranslation("statusrapport.effekt"));
        effekt.setHelperText(getTranslation("statusrapport.effekt.hjalp"));
        effekt.setMaxLength(Statusrapport.Resultat.LANGSTA_EFFEKT);
        effekt.setWidthFull();
        var skicka = new Button(getTranslation("statusrapport.lamna"), e -> {
            var pengar = resultat(prognos, utfall);
            if (pengar != null) {
                utfor(() -> inlamning.lamna(ljus.getValue(), trend.getValue(), kommentar.getValue(),
                        new Statusrapport.Resultat(pengar.prognosKr(), pengar.utfallKr(), effekt.getValue()), nyckel()), kommentar);
            }
        });
        skicka.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(ljus, trend, kommentar, new com.vaadin.flow.component.orderedlayout.HorizontalLayout(prognos, utfall), effekt, skicka);
    }

    private TextField belopp(String etikett, String hjalp) {
        var falt = new TextField(getTranslation(etikett));
        falt.setHelperText(getTranslation(hjalp));
        falt.setSuffixComponent(new com.vaadin.flow.component.html.Span("kr"));
        falt.setMaxLength(30);
        return falt;
    }

    /** The money typed ("1 250 000", "980 000,50"), or null when a field holds no amount (said at that field). */
    private Statusrapport.@Nullable Resultat resultat(TextField prognos, TextField utfall) {
        prognos.setInvalid(false);
        utfall.setInvalid(false);
        var belopp = new java.math.BigDecimal[2];
        var falten = new TextField[] {prognos, utfall};
        for (int i = 0; i < 2; i++) {
            try {
                belopp[i] = Tal.las(falten[i].getValue());
                new Statusrapport.Resultat(belopp[i], null);
            } catch (NumberFormatException | se.uppdrag.text.OgiltigtVardeException fel) {
                falten[i].setErrorMessage(getTranslation("statusrapport.fel.belopp"));
                falten[i].setInvalid(true);
                return null;
            }
        }
        return new Statusrapport.Resultat(belopp[0], belopp[1]);
    }
}
