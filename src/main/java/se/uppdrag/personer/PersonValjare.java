package se.uppdrag.personer;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import org.springframework.data.domain.PageRequest;

/** Pickers for people from the directory, loading lazily as the user types; for every feature's views. */
public final class PersonValjare {

    private PersonValjare() {
    }

    public static ComboBox<Person> en(PersonService personer, String etikett) {
        var falt = new ComboBox<Person>(etikett);
        falt.setItems(query -> personer.sok(query.getFilter().orElse(""),
                PageRequest.of(query.getPage(), query.getPageSize())).stream());
        falt.setItemLabelGenerator(Person::namnOchTitel);
        falt.setClearButtonVisible(true);
        return falt;
    }

    public static MultiSelectComboBox<Person> flera(PersonService personer, String etikett) {
        var falt = new MultiSelectComboBox<Person>(etikett);
        falt.setItems(query -> personer.sok(query.getFilter().orElse(""),
                PageRequest.of(query.getPage(), query.getPageSize())).stream());
        falt.setItemLabelGenerator(Person::namnOchTitel);
        falt.setKeepFilter(false);
        falt.setClearButtonVisible(true);
        return falt;
    }
}
