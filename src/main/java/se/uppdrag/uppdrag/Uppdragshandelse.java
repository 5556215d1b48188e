package se.uppdrag.uppdrag;

import org.jspecify.annotations.Nullable;

/**
 * Something happened to an uppdrag: a step of its life or a contribution to it. The uppdrag records it as it happens
 * and it is published, in the same transaction, when the uppdrag is saved; the timeline, the notifications and anyone
 * else listen to it (Spring's application events). {@code version} is the uppdragshandling's kept version the step
 * concerns, if any; {@code avser} another uppdrag it concerns (the revision that was started); {@code datum} the date
 * the step set (the new återredovisning date).
 */
public record Uppdragshandelse(UppdragId uppdrag, HandelseTyp typ, @Nullable String kommentar, @Nullable Integer version,
        @Nullable UppdragId avser, java.time.@Nullable LocalDate datum) {

    public Uppdragshandelse {
        kommentar = kommentar == null || kommentar.isBlank() ? null : kommentar.strip();
    }
}
