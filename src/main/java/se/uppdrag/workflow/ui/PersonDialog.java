package se.uppdrag.workflow.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.function.Consumer;
import se.uppdrag.personer.Person;
import se.uppdrag.personer.PersonService;
import se.uppdrag.personer.PersonValjare;

/** Asks for a person from the directory (to delegate or reassign a task to). */
class PersonDialog extends Dialog {

    PersonDialog(PersonService personer, String rubrik, Consumer<Person> vald) {
        setHeaderTitle(rubrik);
        var person = PersonValjare.en(personer, getTranslation("falt.person"));
        person.setWidth("24em");
        add(person);
        var ok = new Button(getTranslation("knapp.ok"), e -> {
            if (person.getValue() == null) {
                person.setErrorMessage(getTranslation("fel.valj-person"));
                person.setInvalid(true);
                return;
            }
            close();
            vald.accept(person.getValue());
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("knapp.avbryt"), e -> close()), ok);
    }
}
