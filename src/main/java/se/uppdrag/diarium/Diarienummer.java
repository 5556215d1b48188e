package se.uppdrag.diarium;

import java.io.Serializable;
import java.util.regex.Pattern;

/**
 * A diarienummer such as {@code RS 2024-05699}: series prefix (RS = regionstyrelsen), year and a
 * five-digit running number. Parsed leniently (spaces, case), always printed in the canonical form.
 */
public record Diarienummer(String prefix, int ar, int lopnummer) implements Serializable, Comparable<Diarienummer> {

    private static final Pattern PREFIX = Pattern.compile("[A-ZÅÄÖ]{1,10}");
    private static final Pattern FORM = Pattern.compile("^\\s*([A-Za-zÅÄÖåäö]{1,10})\\s*(\\d{4})\\s*-\\s*(\\d{1,5})\\s*$");
    public static final String FORMAT_HJALP = "Diarienummer skrivs som RS 2024-05699 (serie, år och löpnummer)";

    public Diarienummer {
        if (prefix == null || !PREFIX.matcher(prefix).matches()) {
            throw new IllegalArgumentException("Diarieserien ska vara 1–10 versaler, till exempel RS");
        }
        if (ar < 1900 || ar > 2999) {
            throw new IllegalArgumentException("Årtalet i diarienumret ska vara fyra siffror, till exempel 2024");
        }
        if (lopnummer < 1 || lopnummer > 99_999) {
            throw new IllegalArgumentException("Löpnumret i diarienumret ska vara mellan 00001 och 99999");
        }
    }

    /** Parses "RS 2024-05699" (also "rs 2024-5699"); throws with a Swedish message on bad input. */
    public static Diarienummer parse(String text) {
        var matcher = FORM.matcher(text == null ? "" : text);
        if (!matcher.matches()) {
            throw new IllegalArgumentException(FORMAT_HJALP);
        }
        return new Diarienummer(matcher.group(1).toUpperCase(java.util.Locale.ROOT), Integer.parseInt(matcher.group(2)),
                Integer.parseInt(matcher.group(3)));
    }

    @Override
    public String toString() {
        return "%s %d-%05d".formatted(prefix, ar, lopnummer);
    }

    @Override
    public int compareTo(Diarienummer other) {
        var byPrefix = prefix.compareTo(other.prefix);
        if (byPrefix != 0) {
            return byPrefix;
        }
        return ar != other.ar ? Integer.compare(ar, other.ar) : Integer.compare(lopnummer, other.lopnummer);
    }
}
