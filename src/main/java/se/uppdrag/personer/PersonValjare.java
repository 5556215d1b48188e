package se.uppdrag.personer;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import org.springframework.data.domain.PageRequest;

/**
 * Pickers for people from the directory, loading lazily as the user types; for every feature's views. They offer only
 * people active today; a deactivated person already chosen (in an old draft) stays shown, marked as deactivated,
 * and the feature's service refuses anyone inactive who is newly chosen.
 */
public final class PersonValjare {

    private PersonValjare() {
    }

    public static ComboBox<Person> en(PersonService personer, String etikett) {
        var falt = new ComboBox<Person>(etikett);
        falt.setItems(query -> personer.sok(query.getFilter().orElse(""),
                PageRequest.of(query.getPage(), query.getPageSize())).stream());
        falt.setItemLabelGenerator(person -> etikett(falt, person));
        falt.setClearButtonVisible(true);
        return falt;
    }

    public static MultiSelectComboBox<Person> flera(PersonService personer, String etikett) {
        var falt = new MultiSelectComboBox<Person>(etikett);
        falt.setItems(query -> personer.sok(query.getFilter().orElse(""),
                PageRequest.of(query.getPage(), query.getPageSize())).stream());
        falt.setItemLabelGenerator(person -> etikett(falt, person));
        falt.setKeepFilter(false);
        falt.setClearButtonVisible(true);
        return falt;
    }

    /** "Namn, titel", and "(inaktiverad)" after someone deactivated. */
    static String etikett(com.vaadin.flow.component.Component i18n, Person person) {
        return person.inaktiverad() ? person.namnOchTitel() + " (" + i18n.getTranslation("katalog.valjare.inaktiverad") + ")"
                : person.namnOchTitel();
    }
}
