package se.uppdrag.uppdrag;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A reviewer's answer to a version sent på remiss. */
public record Remissvar(String granskare, Svar svar, @Nullable String kommentar, Instant tid, int version) {

    public enum Svar { GODKANT, ANDRINGAR_BEHOVS }
}
