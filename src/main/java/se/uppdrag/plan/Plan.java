package se.uppdrag.plan;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A plan of one to three years ({@code franAr} to {@code tillAr}), adopted by {@code antagenAv} on {@code antagen} (null
 * while it is being prepared), with its målområden in order.
 */
public record Plan(PlanId id, String namn, int franAr, int tillAr, @Nullable LocalDate antagen, String antagenAv,
        List<Malomrade> malomraden) implements Serializable {

    public Plan {
        malomraden = List.copyOf(malomraden);
    }

    /**
     * Whether an uppdrag of this plan decided on {@code beslutsdatum} was added after the plan was adopted (the follow-up
     * report's "Tillkommande uppdrag"): decided after the adoption day. Before a plan is adopted nothing is tillkommande.
     */
    public boolean arTillkommande(LocalDate beslutsdatum) {
        return antagen != null && beslutsdatum.isAfter(antagen);
    }

    public Optional<Malomrade> malomrade(@Nullable MalomradeId id) {
        return malomraden.stream().filter(m -> m.id().equals(id)).findFirst();
    }

    /** How the plan is named wherever it is shown: "Regionstyrelsens verksamhetsplan 2026 (2026)". */
    public String benamning() {
        return namn + " (" + period() + ")";
    }

    /** "2026" or "2026–2028". */
    public String period() {
        return franAr == tillAr ? String.valueOf(franAr) : franAr + "–" + tillAr;
    }
}
