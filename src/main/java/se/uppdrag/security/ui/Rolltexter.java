package se.uppdrag.security.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import java.util.Set;
import java.util.stream.Collectors;
import se.uppdrag.security.Roller;

/** The roles as the administrators read and choose them: Handläggare, Registrator, Administratör. */
final class Rolltexter {

    private Rolltexter() {
    }

    static CheckboxGroup<String> val(Component vy) {
        var roller = new CheckboxGroup<String>(vy.getTranslation("inloggning.falt.roller"));
        roller.setItems(Roller.VALBARA);
        roller.setItemLabelGenerator(roll -> vy.getTranslation("inloggning.roll." + roll));
        roller.setHelperText(vy.getTranslation("inloggning.hjalp.roller"));
        return roller;
    }

    static String lista(Component vy, Set<String> roller) {
        return Roller.VALBARA.stream().filter(roller::contains).map(roll -> vy.getTranslation("inloggning.roll." + roll))
                .collect(Collectors.joining(", "));
    }
}
