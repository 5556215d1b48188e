package se.uppdrag.uppdrag.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.jspecify.annotations.Nullable;
import se.uppdrag.personer.Person;
import se.uppdrag.text.Meddelande;
import se.uppdrag.uppdrag.Aktivitet;
import se.uppdrag.uppdrag.Tidsperiod;

/**
 * A tidplan activity; the period is typed as on paper ("Juni – aug 2025", "Q4 2023", "2023 – 2025", "Under 2023") and
 * checked as the user leaves the field. Who is responsible is a person or a unit or role ("CIFU"): choosing one
 * clears the other; a unit's or role's activity task goes to the uppdragstagare.
 */
class AktivitetsRad extends Rad<Aktivitet> {

    private final TextField namn = new TextField();
    private final TextField period = new TextField();
    private final ComboBox<Person> ansvarig;
    private final TextField ansvarigText = new TextField();

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
        ansvarigText.setLabel(getTranslation("falt.ansvarig-text"));
        ansvarigText.setHelperText(getTranslation("falt.ansvarig-text.hjalp"));
        ansvarigText.setPlaceholder(getTranslation("falt.ansvarig-text.exempel"));
        ansvarigText.setMaxLength(Aktivitet.ANSVARIG_TEXT_MAX);
        ansvarig.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                ansvarigText.clear();
            }
        });
        ansvarigText.addValueChangeListener(e -> {
            if (!e.getValue().isBlank()) {
                ansvarig.clear();
            }
        });
        if (aktivitet != null) {
            namn.setValue(aktivitet.namn());
            period.setValue(aktivitet.period().visning());
            ansvarig.setValue(aktivitet.ansvarig());
            ansvarigText.setValue(aktivitet.ansvarigText() == null ? "" : aktivitet.ansvarigText());
        }
        add(namn, period, ansvarig, ansvarigText);
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
        var person = ansvarig.getValue();
        return new Aktivitet(namn.getValue().strip(), Tidsperiod.parse(period.getValue()), person,
                person == null ? ansvarigText.getValue() : null);
    }

    @Override
    boolean arTom() {
        return namn.getValue().isBlank() && period.getValue().isBlank() && ansvarig.getValue() == null
                && ansvarigText.getValue().isBlank();
    }

    @Override
    void fokusera() {
        namn.focus();
    }
}
