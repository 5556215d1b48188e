package se.uppdrag.uppdrag;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A status report: traffic light, trend and comment (the follow-up table's Status and Kommentar), and the money as the
 * reporter saw it ({@link Ekonomi#INGEN} when not given).
 */
public record Statusrapport(String rapportor, Instant tid, Ljus ljus, Trend trend, String kommentar, Ekonomi ekonomi) {

    public Statusrapport {
        ekonomi = ekonomi == null ? Ekonomi.INGEN : ekonomi;
    }

    public Statusrapport(String rapportor, Instant tid, Ljus ljus, Trend trend, String kommentar) {
        this(rapportor, tid, ljus, trend, kommentar, Ekonomi.INGEN);
    }

    /**
     * The uppdrag's money in kronor: the prognosis for the whole uppdrag and the outcome so far, each optional; neither
     * below zero, at most two decimals.
     */
    public record Ekonomi(java.math.@Nullable BigDecimal prognosKr, java.math.@Nullable BigDecimal utfallKr)
            implements java.io.Serializable {

        public static final Ekonomi INGEN = new Ekonomi(null, null);

        private static final java.math.BigDecimal STORST = new java.math.BigDecimal("1e15");

        public Ekonomi {
            for (var belopp : new java.math.BigDecimal[] {prognosKr, utfallKr}) {
                if (belopp != null && (belopp.signum() < 0 || belopp.compareTo(STORST) >= 0 || Math.max(belopp.scale(), 0) > 2)) {
                    throw new se.uppdrag.text.OgiltigtVardeException("statusrapport.fel.belopp");
                }
            }
        }

        public boolean arTom() {
            return prognosKr == null && utfallKr == null;
        }
    }

    /** Grön = enligt plan, gul = risk eller avvikelse, röd = kommer inte att nås. */
    public enum Ljus { GRON, GUL, ROD }

    public enum Trend { POSITIV, OFORANDRAD, NEGATIV }
}
