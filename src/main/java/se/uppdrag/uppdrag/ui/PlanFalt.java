package se.uppdrag.uppdrag.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import se.uppdrag.plan.Malomrade;
import se.uppdrag.plan.Plan;
import se.uppdrag.uppdrag.Planplacering;

/**
 * Where the uppdrag stands in a plan: plan, målområde (of the chosen plan), its number there, the body that gave it (the
 * plan's adopting body unless changed) and its sub-items, one per line.
 */
class PlanFalt extends VerticalLayout {

    private final ComboBox<Plan> plan = new ComboBox<>();
    private final ComboBox<Malomrade> malomrade = new ComboBox<>();
    private final TextField nummer = Falt.text(this, "falt.plannummer", 30);
    private final TextField utfardare = Falt.text(this, "falt.utfardare", 300);
    private final TextArea delpunkter = Falt.textyta(this, "falt.delpunkter");
    private final List<Plan> planer;

    PlanFalt(List<Plan> planer) {
        this.planer = planer;
        setPadding(false);
        plan.setLabel(getTranslation("falt.plan"));
        plan.setItems(planer);
        plan.setItemLabelGenerator(Plan::benamning);
        plan.setClearButtonVisible(true);
        plan.setHelperText(getTranslation(planer.isEmpty() ? "falt.plan.ingen" : "falt.plan.hjalp"));
        plan.setWidthFull();
        malomrade.setLabel(getTranslation("falt.malomrade"));
        malomrade.setItemLabelGenerator(Malomrade::namn);
        malomrade.setClearButtonVisible(true);
        malomrade.setWidthFull();
        nummer.setPlaceholder(getTranslation("falt.plannummer.exempel"));
        utfardare.setPlaceholder(getTranslation("falt.utfardare.exempel"));
        delpunkter.setMinRows(2);
        delpunkter.setMaxLength(4000);
        delpunkter.setHelperText(getTranslation("falt.delpunkter.hjalp"));
        malomrade.setEnabled(false);
        plan.addValueChangeListener(e -> {
            visaMalomraden(e.getValue());
            if (e.isFromClient() && e.getValue() != null && utfardare.getValue().isBlank()) {
                utfardare.setValue(e.getValue().antagenAv());
            }
        });
        add(new H3(getTranslation("sektion.plan")), new FormLayout(plan, malomrade, nummer, utfardare), delpunkter);
    }

    private void visaMalomraden(@Nullable Plan vald) {
        var forra = malomrade.getValue();
        malomrade.setItems(vald == null ? List.of() : vald.malomraden());
        malomrade.setEnabled(vald != null && !vald.malomraden().isEmpty());
        malomrade.setValue(vald == null || forra == null ? null : vald.malomrade(forra.id()).orElse(null));
    }

    void las(Planplacering placering) {
        var vald = planer.stream().filter(p -> p.id().equals(placering.plan())).findFirst().orElse(null);
        plan.setValue(vald);
        visaMalomraden(vald);
        malomrade.setValue(vald == null ? null : vald.malomrade(placering.malomrade()).orElse(null));
        nummer.setValue(Falt.varde(placering.nummer()));
        utfardare.setValue(Falt.varde(placering.utfardare()));
        delpunkter.setValue(String.join("\n", placering.delpunkter()));
    }

    Planplacering placering() {
        var vald = plan.getValue();
        return new Planplacering(vald == null ? null : vald.id(), vald == null || malomrade.getValue() == null ? null
                : malomrade.getValue().id(), nummer.getValue(), utfardare.getValue(),
                Arrays.stream(delpunkter.getValue().split("\\R")).map(String::strip).filter(rad -> !rad.isEmpty()).toList());
    }

    void visaFel(Map<String, String> fel) {
        Map.of("plan", (com.vaadin.flow.component.HasValidation) plan, "plannummer", nummer, "utfardare", utfardare,
                "delpunkter", delpunkter).forEach((falt, vid) -> {
                    if (fel.containsKey(falt)) {
                        Rad.markera(vid, true, Objects.requireNonNull(fel.get(falt)));
                    }
                });
    }
}
