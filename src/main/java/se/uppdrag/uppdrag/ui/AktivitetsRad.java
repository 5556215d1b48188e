package se.uppdrag.uppdrag.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.jspecify.annotations.Nullable;
import se.uppdrag.personer.Person;
import se.uppdrag.text.Meddelande;
import se.uppdrag.uppdrag.Aktivitet;
import se.uppdrag.uppdrag.Tidsperiod;

/** A tidplan activity; the period is typed as on paper ("Juni – aug 2025") and checked as the user leaves the field. */
class AktivitetsRad extends Rad<Aktivitet> {

    private final TextField namn = new TextField();
    private final TextField period = new TextField();
    private final ComboBox<Person> ansvarig;

    AktivitetsRad(Valjare valjare, @Nullable Aktivitet aktivitet) {
        namn.setLabel(getTranslation("falt.aktivitet"));
        namn.setRequiredIndicatorVisible(true);
        namn.setMaxLength(500);
        namn.setMinWidth("16em");
        period.setLabel(getTranslation("falt.period"));
        period.setHelperText(getTranslation("falt.period.hjalp"));
        period.setRequiredIndicatorVisible(true);
        period.setValueChangeMode(ValueChangeMode.ON_BLUR);
        period.addValueChangeListener(e -> valideraPeriod());
        ansvarig = valjare.person(getTranslation("falt.ansvarig"));
        if (aktivitet != null) {
            namn.setValue(aktivitet.namn());
            period.setValue(aktivitet.period().visning());
            ansvarig.setValue(aktivitet.ansvarig());
        }
        add(namn, period, ansvarig);
        setFlexGrow(1, namn);
    }

    private boolean valideraPeriod() {
        try {
            Tidsperiod.parse(period.getValue());
            return markera(period, false, null);
        } catch (IllegalArgumentException fel) {
            return markera(period, true, Meddelande.text(fel, this::getTranslation));
        }
    }

    @Override
    boolean validera() {
        var namnOk = markera(namn, namn.getValue().isBlank(), getTranslation("fel.aktivitet-namn"));
        return valideraPeriod() & namnOk;
    }

    @Override
    Aktivitet varde() {
        return new Aktivitet(namn.getValue().strip(), Tidsperiod.parse(period.getValue()), ansvarig.getValue());
    }

    @Override
    boolean arTom() {
        return namn.getValue().isBlank() && period.getValue().isBlank() && ansvarig.getValue() == null;
    }

    @Override
    void fokusera() {
        namn.focus();
    }
}
