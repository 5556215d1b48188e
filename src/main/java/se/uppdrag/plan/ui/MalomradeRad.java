package se.uppdrag.plan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import se.uppdrag.plan.Malomrade;
import se.uppdrag.plan.MalomradeId;
import se.uppdrag.plan.PlanUtkast.MalomradeUtkast;

/** One målområde of the plan being edited: its name, its mål one per line, and "Ta bort". */
class MalomradeRad extends FormLayout {

    private final @Nullable MalomradeId id;
    final TextField namn = new TextField();
    final TextArea mal = new TextArea();

    MalomradeRad(@Nullable Malomrade malomrade, Consumer<MalomradeRad> taBort) {
        id = malomrade == null ? null : malomrade.id();
        addClassName("malomrade-rad");
        namn.setLabel(getTranslation("plan.falt.malomrade"));
        namn.setMaxLength(300);
        namn.setRequiredIndicatorVisible(true);
        mal.setLabel(getTranslation("plan.falt.mal"));
        mal.setHelperText(getTranslation("plan.falt.mal.hjalp"));
        if (malomrade != null) {
            namn.setValue(malomrade.namn());
            mal.setValue(String.join("\n", malomrade.mal()));
        }
        var knapp = new Button(getTranslation("plan.knapp.ta-bort-malomrade"), e -> taBort.accept(this));
        knapp.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        knapp.setAriaLabel(getTranslation("plan.knapp.ta-bort-malomrade") + " " + namn.getValue());
        add(namn, mal, knapp);
    }

    MalomradeUtkast utkast() {
        return new MalomradeUtkast(id, namn.getValue(), Arrays.stream(mal.getValue().split("\\R"))
                .map(String::strip).filter(text -> !text.isEmpty()).toList());
    }
}
