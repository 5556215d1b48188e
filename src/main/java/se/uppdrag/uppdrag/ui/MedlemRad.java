package se.uppdrag.uppdrag.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextField;
import org.jspecify.annotations.Nullable;
import se.uppdrag.personer.Person;
import se.uppdrag.uppdrag.Arbetsgruppsmedlem;

/** A member of the arbetsgrupp: person, role text, and whether they lead or compile. */
class MedlemRad extends Rad<Arbetsgruppsmedlem> {

    private final ComboBox<Person> person;
    private final TextField roll = new TextField();
    private final Checkbox projektledare = new Checkbox();
    private final Checkbox sammanstallande = new Checkbox();

    MedlemRad(Valjare valjare, @Nullable Arbetsgruppsmedlem medlem) {
        person = valjare.person(getTranslation("falt.person"));
        person.setRequiredIndicatorVisible(true);
        roll.setLabel(getTranslation("falt.roll"));
        roll.setPlaceholder(getTranslation("falt.roll.exempel"));
        roll.setMaxLength(500);
        roll.setMinWidth("16em");
        projektledare.setLabel(getTranslation("falt.projektledare"));
        sammanstallande.setLabel(getTranslation("falt.sammanstallande"));
        if (medlem != null) {
            person.setValue(medlem.person());
            roll.setValue(medlem.roll() == null ? "" : medlem.roll());
            projektledare.setValue(medlem.projektledare());
            sammanstallande.setValue(medlem.sammanstallande());
        }
        add(person, roll, projektledare, sammanstallande);
        setFlexGrow(1, roll);
    }

    @Override
    boolean validera() {
        return markera(person, person.getValue() == null, getTranslation("fel.valj-person"));
    }

    @Override
    Arbetsgruppsmedlem varde() {
        return new Arbetsgruppsmedlem(person.getValue(), roll.getValue(), projektledare.getValue(), sammanstallande.getValue());
    }

    @Override
    boolean arTom() {
        return person.getValue() == null && roll.getValue().isBlank();
    }

    @Override
    void fokusera() {
        person.focus();
    }
}
