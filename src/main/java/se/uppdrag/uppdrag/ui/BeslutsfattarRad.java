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

    private final Beslutsratten beslutsratten;

    BeslutsfattarRad(Beslutsratten beslutsratten, @Nullable Beslutsfattare beslutsfattare) {
        this.beslutsratten = beslutsratten;
        person = beslutsratten.valjare(getTranslation("falt.beslutsfattare"));
        person.setRequiredIndicatorVisible(true);
        person.setMinWidth("20em");
        ensam.setLabel(getTranslation("falt.beslutar-ensam"));
        if (beslutsfattare != null) {
            person.setValue(beslutsfattare.person());
            ensam.setValue(beslutsfattare.beslutarEnsam());
        }
        add(person, ensam);
        person.addValueChangeListener(e -> visaBeslutsratt());
        beslutsratten.narAndrad(this::visaBeslutsratt);
        visaBeslutsratt();
    }

    /** Next to the field: whether the chosen person has authority to decide the uppdrag as it stands. */
    private void visaBeslutsratt() {
        var vald = person.getValue();
        var har = vald != null && beslutsratten.har(vald);
        person.setHelperText(vald == null ? null : getTranslation(har ? "beslutsratt.har" : "beslutsratt.saknas"));
        person.getElement().getClassList().set("beslutsratt-saknas", vald != null && !har);
        person.getElement().getClassList().set("beslutsratt-finns", har);
    }

    /** Whether the chosen person has authority (false without a person). */
    boolean harBeslutsratt() {
        return person.getValue() != null && beslutsratten.har(person.getValue());
    }

    ComboBox<Person> personfalt() {
        return person;
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
