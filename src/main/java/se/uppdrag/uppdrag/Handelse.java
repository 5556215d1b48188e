package se.uppdrag.uppdrag;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A step in the timeline: when, who (empty for the system, e.g. a timer), what, comment and version. */
public record Handelse(Instant tid, @Nullable String vem, HandelseTyp typ, @Nullable String kommentar, @Nullable Integer version) {
}
