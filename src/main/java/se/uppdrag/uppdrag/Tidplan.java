package se.uppdrag.uppdrag;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Priority statement, final delivery (slutleverans), how often status is reported, the activities, and who is
 * responsible in follow-up when that is a unit or role rather than the uppdragstagare ({@code ansvarigIUppfoljning}:
 * "CIFU", "Ekonomidirektör"; the follow-up report's Ansvarig column then names it). Without a slutleverans the
 * uppdrag reports back 90 days after the decision.
 */
public record Tidplan(@Nullable String prioritet, @Nullable LocalDate slutleverans, Statusrapportering statusrapportering,
        List<Aktivitet> aktiviteter, @Nullable String ansvarigIUppfoljning) {

    public Tidplan {
        aktiviteter = List.copyOf(aktiviteter);
        statusrapportering = statusrapportering == null ? Statusrapportering.HALVAR : statusrapportering;
        ansvarigIUppfoljning = ansvarigIUppfoljning == null || ansvarigIUppfoljning.isBlank() ? null : ansvarigIUppfoljning.strip();
    }

    public Tidplan(@Nullable String prioritet, @Nullable LocalDate slutleverans, Statusrapportering statusrapportering,
            List<Aktivitet> aktiviteter) {
        this(prioritet, slutleverans, statusrapportering, aktiviteter, null);
    }

    public Tidplan(@Nullable String prioritet, @Nullable LocalDate slutleverans, List<Aktivitet> aktiviteter) {
        this(prioritet, slutleverans, Statusrapportering.HALVAR, aktiviteter);
    }
}
