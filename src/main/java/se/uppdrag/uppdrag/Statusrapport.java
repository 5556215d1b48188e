package se.uppdrag.uppdrag;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A status report: traffic light, trend and comment (the follow-up table's Status and Kommentar), and what the reporter
 * said of money and effects ({@link Resultat#INGET} when nothing).
 */
public record Statusrapport(String rapportor, Instant tid, Ljus ljus, Trend trend, String kommentar, Resultat resultat) {

    public Statusrapport {
        resultat = resultat == null ? Resultat.INGET : resultat;
    }

    public Statusrapport(String rapportor, Instant tid, Ljus ljus, Trend trend, String kommentar) {
        this(rapportor, tid, ljus, trend, kommentar, Resultat.INGET);
    }

    /**
     * The uppdrag's money in kronor, the prognosis for the whole uppdrag and the outcome so far (neither below zero, at
     * most two decimals), and the effect realised so far in words and its own unit ("0,5 årsarbetare"); each optional.
     */
    public record Resultat(java.math.@Nullable BigDecimal prognosKr, java.math.@Nullable BigDecimal utfallKr,
            @Nullable String realiseradEffekt) implements java.io.Serializable {

        public static final Resultat INGET = new Resultat(null, null, null);
        public static final int LANGSTA_EFFEKT = 300;

        private static final java.math.BigDecimal STORST = new java.math.BigDecimal("1e15");

        public Resultat {
            for (var belopp : new java.math.BigDecimal[] {prognosKr, utfallKr}) {
                if (belopp != null && (belopp.signum() < 0 || belopp.compareTo(STORST) >= 0 || Math.max(belopp.scale(), 0) > 2)) {
                    throw new se.uppdrag.text.OgiltigtVardeException("statusrapport.fel.belopp");
                }
            }
            realiseradEffekt = realiseradEffekt == null || realiseradEffekt.isBlank() ? null : realiseradEffekt.strip();
            if (realiseradEffekt != null && realiseradEffekt.length() > LANGSTA_EFFEKT) {
                throw new se.uppdrag.text.OgiltigtVardeException("statusrapport.fel.effekt-lang", LANGSTA_EFFEKT);
            }
        }

        /** Money only. */
        public Resultat(java.math.@Nullable BigDecimal prognosKr, java.math.@Nullable BigDecimal utfallKr) {
            this(prognosKr, utfallKr, null);
        }

        /** Whether it gives no money (it may still give an effect). */
        public boolean arTom() {
            return prognosKr == null && utfallKr == null;
        }
    }

    /** Grön = enligt plan, gul = risk eller avvikelse, röd = kommer inte att nås. */
    public enum Ljus { GRON, GUL, ROD }

    public enum Trend { POSITIV, OFORANDRAD, NEGATIV }
}
