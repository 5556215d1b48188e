package se.uppdrag.uppdrag;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Priority statement, final delivery (slutleverans), how often status is reported, and the activities.
 * Without a slutleverans the uppdrag reports back 90 days after the decision.
 */
public record Tidplan(@Nullable String prioritet, @Nullable LocalDate slutleverans, Statusrapportering statusrapportering,
        List<Aktivitet> aktiviteter) {

    public Tidplan {
        aktiviteter = List.copyOf(aktiviteter);
        statusrapportering = statusrapportering == null ? Statusrapportering.HALVAR : statusrapportering;
    }

    public Tidplan(@Nullable String prioritet, @Nullable LocalDate slutleverans, List<Aktivitet> aktiviteter) {
        this(prioritet, slutleverans, Statusrapportering.HALVAR, aktiviteter);
    }
}
