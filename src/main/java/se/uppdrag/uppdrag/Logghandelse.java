package se.uppdrag.uppdrag;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One row of the uppdrag's history as the Händelselogg lists it: which uppdrag, when, who (empty for the system), for
 * whom (på uppdrag av), what, comment and version.
 */
public record Logghandelse(long id, UppdragRef uppdrag, Instant tid, @Nullable String vem, @Nullable String forVem,
        HandelseTyp typ, @Nullable String kommentar, @Nullable Integer version) {
}
