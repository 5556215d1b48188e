package se.uppdrag.uppdrag;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import se.uppdrag.text.Meddelande;
import se.uppdrag.text.OgiltigtVardeException;

/**
 * The period of a tidplan activity: a month range as the paper document writes it ("Juni – aug 2025",
 * "Nov 2025", "Okt 2026 – mars 2027") or exact dates ("2026-03-01 – 2026-04-15").
 */
public record Tidsperiod(LocalDate start, LocalDate slut, boolean manader) implements Serializable {

    private static final String FORMAT_NYCKEL = "tidsperiod.fel.format";
    public static final String FORMAT_HJALP = Meddelande.svenska(FORMAT_NYCKEL);
    private static final String[] KORTA = {"jan", "feb", "mars", "apr", "maj", "juni", "juli", "aug", "sep", "okt", "nov", "dec"};
    private static final Map<String, Integer> MANADER = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("januari", 1), Map.entry("feb", 2), Map.entry("februari", 2),
            Map.entry("mar", 3), Map.entry("mars", 3), Map.entry("apr", 4), Map.entry("april", 4),
            Map.entry("maj", 5), Map.entry("jun", 6), Map.entry("juni", 6), Map.entry("jul", 7), Map.entry("juli", 7),
            Map.entry("aug", 8), Map.entry("augusti", 8), Map.entry("sep", 9), Map.entry("sept", 9),
            Map.entry("september", 9), Map.entry("okt", 10), Map.entry("oktober", 10), Map.entry("nov", 11),
            Map.entry("november", 11), Map.entry("dec", 12), Map.entry("december", 12));
    private static final Pattern SEPARATOR = Pattern.compile("\\s*[–—]\\s*|\\s+-\\s+|\\s+till\\s+");
    private static final Pattern MANAD = Pattern.compile("^([a-zåäö]+)\\.?(?:\\s+(\\d{4}))?$");

    public Tidsperiod {
        if (start == null || slut == null) {
            throw new OgiltigtVardeException(FORMAT_NYCKEL);
        }
        if (slut.isBefore(start)) {
            throw new OgiltigtVardeException("tidsperiod.fel.ordning");
        }
    }

    public static Tidsperiod manader(YearMonth fran, YearMonth till) {
        return new Tidsperiod(fran.atDay(1), till.atEndOfMonth(), true);
    }

    public static Tidsperiod datum(LocalDate fran, LocalDate till) {
        return new Tidsperiod(fran, till, false);
    }

    /** Parses what a person types; throws with a Swedish message that shows the accepted forms. */
    public static Tidsperiod parse(String text) {
        var normalized = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (normalized.isEmpty()) {
            throw new OgiltigtVardeException(FORMAT_NYCKEL);
        }
        var parts = SEPARATOR.split(normalized);
        if (parts.length > 2) {
            throw new OgiltigtVardeException(FORMAT_NYCKEL);
        }
        var sista = parts[parts.length - 1];
        if (sista.matches("\\d{4}-\\d{2}-\\d{2}")) {
            var slut = datum(sista);
            return datum(parts.length == 2 ? datum(parts[0]) : slut, slut);
        }
        var till = manad(sista, null);
        var fran = parts.length == 2 ? manad(parts[0], till.getYear()) : till;
        return manader(fran, till);
    }

    private static LocalDate datum(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException notADate) {
            throw new OgiltigtVardeException(FORMAT_NYCKEL);
        }
    }

    private static YearMonth manad(String text, Integer arOmDetSaknas) {
        if (text.matches("\\d{4}-\\d{2}")) {
            try {
                return YearMonth.parse(text);
            } catch (DateTimeParseException notAMonth) {
                throw new OgiltigtVardeException(FORMAT_NYCKEL);
            }
        }
        var matcher = MANAD.matcher(text);
        if (!matcher.matches() || !MANADER.containsKey(matcher.group(1))) {
            throw new OgiltigtVardeException(FORMAT_NYCKEL);
        }
        if (matcher.group(2) == null && arOmDetSaknas == null) {
            throw new OgiltigtVardeException("tidsperiod.fel.ar-saknas");
        }
        var ar = matcher.group(2) != null ? Integer.parseInt(matcher.group(2)) : arOmDetSaknas;
        return YearMonth.of(ar, MANADER.get(matcher.group(1)));
    }

    /** The period as the paper document writes it. */
    public String visning() {
        if (!manader) {
            return start.equals(slut) ? start.toString() : start + " – " + slut;
        }
        var fran = YearMonth.from(start);
        var till = YearMonth.from(slut);
        if (fran.equals(till)) {
            return versal(KORTA[fran.getMonthValue() - 1]) + " " + fran.getYear();
        }
        var forsta = versal(KORTA[fran.getMonthValue() - 1]);
        var andra = KORTA[till.getMonthValue() - 1] + " " + till.getYear();
        return fran.getYear() == till.getYear() ? forsta + " – " + andra : forsta + " " + fran.getYear() + " – " + andra;
    }

    private static String versal(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    @Override
    public String toString() {
        return visning();
    }
}
