package se.uppdrag.uppdrag.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import org.jspecify.annotations.Nullable;
import se.uppdrag.personer.EmailAddress;
import se.uppdrag.personer.Person;
import se.uppdrag.text.Meddelande;
import se.uppdrag.uppdrag.Mottagare;

/** A recipient: a person from the directory, or an e-mail address with a name; with an optional note. */
class MottagarRad extends Rad<Mottagare> {

    private final ComboBox<Person> person;
    private final EmailField epost = new EmailField();
    private final TextField namn = new TextField();
    private final TextField notering = new TextField();

    MottagarRad(Valjare valjare, @Nullable Mottagare mottagare) {
        person = valjare.person(getTranslation("falt.person"));
        person.setMinWidth("16em");
        epost.setLabel(getTranslation("falt.eller-epost"));
        namn.setLabel(getTranslation("falt.namn"));
        notering.setLabel(getTranslation("falt.notering"));
        notering.setPlaceholder(getTranslation("falt.notering.exempel"));
        notering.setMaxLength(500);
        if (mottagare != null) {
            person.setValue(mottagare.person());
            epost.setValue(mottagare.epost() == null ? "" : mottagare.epost().value());
            namn.setValue(mottagare.namn() == null ? "" : mottagare.namn());
            notering.setValue(mottagare.notering() == null ? "" : mottagare.notering());
        }
        add(person, epost, namn, notering);
        setFlexGrow(1, notering);
    }

    @Override
    boolean validera() {
        if (person.getValue() != null) {
            return markera(epost, false, null);
        }
        if (epost.getValue().isBlank()) {
            return markera(epost, true, getTranslation("fel.person-eller-epost"));
        }
        try {
            EmailAddress.of(epost.getValue());
            return markera(epost, false, null);
        } catch (IllegalArgumentException fel) {
            return markera(epost, true, Meddelande.text(fel, this::getTranslation));
        }
    }

    @Override
    Mottagare varde() {
        return person.getValue() != null
                ? new Mottagare(person.getValue(), null, null, notering.getValue())
                : Mottagare.epost(EmailAddress.of(epost.getValue()), namn.getValue(), notering.getValue());
    }

    @Override
    boolean arTom() {
        return person.getValue() == null && epost.getValue().isBlank() && namn.getValue().isBlank()
                && notering.getValue().isBlank();
    }

    @Override
    void fokusera() {
        person.focus();
    }
}
