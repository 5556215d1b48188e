package se.uppdrag.uppdrag.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import java.util.List;
import se.uppdrag.personer.Person;
import se.uppdrag.personer.PersonService;
import se.uppdrag.personer.PersonValjare;
import se.uppdrag.plan.Plan;
import se.uppdrag.plan.PlanService;
import se.uppdrag.uppdrag.UppdragListaService;
import se.uppdrag.uppdrag.UppdragRef;

/** Pickers for people from the directory and for other uppdrag, loading lazily as the user types. */
class Valjare {

    private final PersonService personer;
    private final UppdragListaService uppdrag;
    private final PlanService planer;

    Valjare(PersonService personer, UppdragListaService uppdrag, PlanService planer) {
        this.personer = personer;
        this.uppdrag = uppdrag;
        this.planer = planer;
    }

    /** The plans an uppdrag may belong to, the latest period first. */
    List<Plan> planer() {
        return planer.planer();
    }

    ComboBox<Person> person(String etikett) {
        return PersonValjare.en(personer, etikett);
    }

    MultiSelectComboBox<Person> personer(String etikett) {
        return PersonValjare.flera(personer, etikett);
    }

    ComboBox<UppdragRef> uppdrag(String etikett) {
        var falt = new ComboBox<UppdragRef>(etikett);
        falt.setItems(query -> uppdrag.sokReferenser(query.getFilter().orElse(""), 50).stream()
                .skip((long) query.getPage() * query.getPageSize()).limit(query.getPageSize()));
        falt.setItemLabelGenerator(UppdragRef::visning);
        falt.setClearButtonVisible(true);
        return falt;
    }

    MultiSelectComboBox<UppdragRef> flerUppdrag(String etikett) {
        var falt = new MultiSelectComboBox<UppdragRef>(etikett);
        falt.setItems(query -> uppdrag.sokReferenser(query.getFilter().orElse(""), 50).stream()
                .skip((long) query.getPage() * query.getPageSize()).limit(query.getPageSize()));
        falt.setItemLabelGenerator(UppdragRef::visning);
        falt.setClearButtonVisible(true);
        return falt;
    }
}
