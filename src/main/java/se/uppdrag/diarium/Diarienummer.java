package se.uppdrag.diarium;

import java.io.Serializable;
import java.util.regex.Pattern;
import se.uppdrag.text.Meddelande;
import se.uppdrag.text.OgiltigtVardeException;

/**
 * A diarienummer such as {@code RS 2024-05699}: series prefix (RS = regionstyrelsen), year and a
 * five-digit running number. Parsed leniently (spaces, case), always printed in the canonical form.
 */
public record Diarienummer(String prefix, int ar, int lopnummer) implements Serializable, Comparable<Diarienummer> {

    private static final Pattern PREFIX = Pattern.compile("[A-ZÅÄÖ]{1,10}");
    private static final Pattern FORM = Pattern.compile("^\\s*([A-Za-zÅÄÖåäö]{1,10})\\s*(\\d{4})\\s*-\\s*(\\d{1,5})\\s*$");
    private static final String FORMAT_NYCKEL = "diarium.fel.format";
    public static final String FORMAT_HJALP = Meddelande.svenska(FORMAT_NYCKEL);

    public Diarienummer {
        if (prefix == null || !PREFIX.matcher(prefix).matches()) {
            throw new OgiltigtVardeException("diarium.fel.serie");
        }
        if (ar < 1900 || ar > 2999) {
            throw new OgiltigtVardeException("diarium.fel.ar");
        }
        if (lopnummer < 1 || lopnummer > 99_999) {
            throw new OgiltigtVardeException("diarium.fel.lopnummer");
        }
    }

    /** Parses "RS 2024-05699" (also "rs 2024-5699"); throws with a Swedish message on bad input. */
    public static Diarienummer parse(String text) {
        var matcher = FORM.matcher(text == null ? "" : text);
        if (!matcher.matches()) {
            throw new OgiltigtVardeException(FORMAT_NYCKEL);
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
