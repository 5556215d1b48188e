package se.uppdrag.uppdrag.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import org.jspecify.annotations.Nullable;
import se.uppdrag.personer.Person;
import se.uppdrag.uppdrag.Beslutsfattare;

/** A beslutsfattare, possibly marked to decide alone. */
class BeslutsfattarRad extends Rad<Beslutsfattare> {

    private final ComboBox<Person> person;
    private final Checkbox ensam = new Checkbox();

    BeslutsfattarRad(Valjare valjare, @Nullable Beslutsfattare beslutsfattare) {
        person = valjare.person(getTranslation("falt.beslutsfattare"));
        person.setRequiredIndicatorVisible(true);
        person.setMinWidth("20em");
        ensam.setLabel(getTranslation("falt.beslutar-ensam"));
        if (beslutsfattare != null) {
            person.setValue(beslutsfattare.person());
            ensam.setValue(beslutsfattare.beslutarEnsam());
        }
        add(person, ensam);
    }

    @Override
    boolean validera() {
        return markera(person, person.getValue() == null, getTranslation("fel.valj-person"));
    }

    @Override
    Beslutsfattare varde() {
        return new Beslutsfattare(person.getValue(), ensam.getValue());
    }

    @Override
    void narAndrad(Runnable lyssnare) {
        person.addValueChangeListener(e -> lyssnare.run());
    }

    @Override
    boolean arTom() {
        return person.getValue() == null;
    }

    @Override
    void fokusera() {
        person.focus();
    }
}
