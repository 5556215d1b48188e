package se.uppdrag.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import se.uppdrag.personer.PersonId;
import se.uppdrag.reporting.Uppfoljningsrapport.Placering;

/**
 * The uppföljningsrapport of a period as a work product: drafted from the data by its compiler (sammanställare), who
 * writes a summary per plan and målområde and marks it ready; approved by its decision-maker (beslutsfattare), after
 * which it is frozen. {@code aterremiss} is the decision-maker's reason when they sent it back; {@code per} the day its
 * figures stand on once it was marked ready. {@code version} guards against two people saving over each other.
 */
public record Periodrapport(PeriodrapportId id, long version, String titel, Rapportperiod period, @Nullable String enhet,
        Status status, PersonId sammanstallare, String sammanstallareNamn, PersonId beslutsfattare, String beslutsfattareNamn,
        Map<Placering, String> sammanfattningar, Instant skapad, @Nullable Instant klarmarkerad, @Nullable Instant godkand,
        @Nullable String aterremiss, @Nullable LocalDate per) {

    public Periodrapport {
        sammanfattningar = Map.copyOf(sammanfattningar);
    }

    /** Drafted (and after being sent back), ready for approval, approved and frozen. */
    public enum Status { UTKAST, KLAR, GODKAND }

    /** The compiler's summary of a part of the report, matched by plan and målområde name; empty when none is written. */
    public String sammanfattning(Placering grupp) {
        return sammanfattningar.entrySet().stream().filter(e -> e.getKey().sammaGrupp(grupp))
                .map(Map.Entry::getValue).findFirst().orElse("");
    }

    /** Whether its figures are kept as they stood (from ready on) rather than drawn from the data. */
    public boolean arFryst() {
        return status != Status.UTKAST;
    }
}
