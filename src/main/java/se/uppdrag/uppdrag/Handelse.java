package se.uppdrag.uppdrag;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A step in the timeline: when, who (empty for the system, e.g. a timer), for whom they acted (på uppdrag av: the
 * absent person a substitute stands in for, or the one who lent them the task; empty when for themselves), what,
 * comment and version.
 */
public record Handelse(Instant tid, @Nullable String vem, HandelseTyp typ, @Nullable String kommentar, @Nullable Integer version,
        @Nullable String forVem) {
}
