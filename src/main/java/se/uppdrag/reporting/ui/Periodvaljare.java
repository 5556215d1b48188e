package se.uppdrag.reporting.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import org.jspecify.annotations.Nullable;
import se.uppdrag.reporting.Rapportperiod;
import se.uppdrag.reporting.Rapporttexter;
import se.uppdrag.text.Meddelande;
import se.uppdrag.ui.Datumfalt;

/**
 * A report's choice of period, the same in every report: the period menu (half-years, years, "annan period") and, for
 * "annan period" only, the dates of one's own. Tells the view when the choice changes; a refusal (dates the wrong way
 * round, a period the report does not take) is shown at "Från och med".
 */
final class Periodvaljare {

    final Select<Periodval> period = new Select<>();
    final DatePicker fran;
    final DatePicker till;
    private final Component i18n;

    Periodvaljare(Component i18n, Rapporttexter texter, Rapportperiod standard, Runnable narAndrad) {
        this.i18n = i18n;
        fran = Datumfalt.skapa(i18n, "rapport.fran");
        till = Datumfalt.skapa(i18n, "rapport.till");
        period.setLabel(i18n.getTranslation("rapport.period"));
        period.setWidth("15em");
        period.setItems(Periodval.val(standard.fran()));
        period.setItemLabelGenerator(val -> val.period() == null ? i18n.getTranslation("rapport.anpassad") : texter.period(val.period()));
        period.setValue(new Periodval(standard));
        fran.setValue(standard.fran());
        till.setValue(standard.till());
        period.addValueChangeListener(e -> {
            if (e.getValue() != null && e.getValue().period() != null) {
                fran.setValue(e.getValue().period().fran());
                till.setValue(e.getValue().period().till());
            }
            datumSynliga();
            narAndrad.run();
        });
        fran.addValueChangeListener(e -> omAnnan(narAndrad));
        till.addValueChangeListener(e -> omAnnan(narAndrad));
        datumSynliga();
    }

    /** The period chosen, or nothing while one's own dates are incomplete or refused (the refusal is at "Från och med"). */
    @Nullable Rapportperiod vald() {
        fran.setInvalid(false);
        if (fran.getValue() == null || till.getValue() == null) {
            return null;
        }
        try {
            return period.getValue() != null && period.getValue().period() != null ? period.getValue().period()
                    : new Rapportperiod(fran.getValue(), till.getValue());
        } catch (IllegalArgumentException fel) {
            fel(fel);
            return null;
        }
    }

    /** Shows a refusal of the chosen period at "Från och med". */
    void fel(IllegalArgumentException fel) {
        fran.setErrorMessage(Meddelande.text(fel, i18n::getTranslation));
        fran.setInvalid(true);
    }

    private void omAnnan(Runnable narAndrad) {
        if (Periodval.ANNAN.equals(period.getValue())) {
            narAndrad.run();
        }
    }

    private void datumSynliga() {
        var annan = Periodval.ANNAN.equals(period.getValue());
        fran.setVisible(annan);
        till.setVisible(annan);
    }
}
