package se.uppdrag.uppdrag;

import java.time.Instant;

/** A status report: traffic light, trend and comment (the follow-up table's Status and Kommentar). */
public record Statusrapport(String rapportor, Instant tid, Ljus ljus, Trend trend, String kommentar) {

    /** Grön = enligt plan, gul = risk eller avvikelse, röd = kommer inte att nås. */
    public enum Ljus { GRON, GUL, ROD }

    public enum Trend { POSITIV, OFORANDRAD, NEGATIV }
}
