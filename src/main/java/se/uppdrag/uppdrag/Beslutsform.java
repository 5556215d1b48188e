package se.uppdrag.uppdrag;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Form för beslut: to whom the uppdrag reports, the beslutsfattare, and the decision date with who decided.
 * The date and decider are stamped by the approval only; saving a draft never changes them.
 */
public record Beslutsform(@Nullable String rapporteringTill, List<Beslutsfattare> beslutsfattare,
        @Nullable LocalDate beslutsdatum, @Nullable String beslutadAv) {

    public Beslutsform {
        beslutsfattare = List.copyOf(beslutsfattare);
    }
}
