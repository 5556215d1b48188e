package se.uppdrag.uppdrag;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import se.uppdrag.text.Meddelande;
import se.uppdrag.text.OgiltigtVardeException;

/**
 * The period of a tidplan activity as regions write it: months ("Juni – aug 2025", "Nov 2025", "Okt 2026 – mars
 * 2027"), exact dates ("2026-03-01 – 2026-04-15"), quarters ("Q4 2023", "Q3 2023 – Q1 2024"), years ("2023",
 * "2023 – 2025") or "Under 2023". {@link #form()} says how it was written, so that it is written back the same way;
 * a quarter spans its three months and a year its twelve.
 */
public record Tidsperiod(LocalDate start, LocalDate slut, Form form) implements Serializable {

    /** How the period is written. {@code UNDER_AR} is a whole year, worded "Under 2023". */
    public enum Form { DATUM, MANAD, KVARTAL, AR, UNDER_AR }

    /** By start date, then end date: "Q4 2023" before "Nov 2023 – mars 2024", which comes before "2024". */
    public static final Comparator<Tidsperiod> I_TIDSORDNING = Comparator.comparing(Tidsperiod::start).thenComparing(Tidsperiod::slut);

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
    private static final Pattern KVARTAL = Pattern.compile("^(?:q|kv\\.?|kvartal)\\s*(\\d+)(?:\\s+(\\d{4}))?$");
    private static final Pattern AR = Pattern.compile("^\\d{4}$");
    private static final Pattern AR_TILL_AR = Pattern.compile("^(\\d{4})-(\\d{4})$");
    private static final Pattern UNDER = Pattern.compile("^under\\s+(\\S.*)$");

    public Tidsperiod {
        if (start == null || slut == null || form == null) {
            throw new OgiltigtVardeException(FORMAT_NYCKEL);
        }
        if (slut.isBefore(start)) {
            throw new OgiltigtVardeException("tidsperiod.fel.ordning");
        }
        if (!foljer(start, slut, form)) {
            throw new OgiltigtVardeException("tidsperiod.fel.grans");
        }
    }

    /** A month period starts on the first of a month and ends on the last, a quarter or year likewise. */
    private static boolean foljer(LocalDate start, LocalDate slut, Form form) {
        return switch (form) {
            case DATUM -> true;
            case MANAD -> start.getDayOfMonth() == 1 && slut.equals(YearMonth.from(slut).atEndOfMonth());
            case KVARTAL -> start.equals(kvartalets(start).atDay(1)) && slut.equals(kvartalets(slut).plusMonths(2).atEndOfMonth());
            case AR -> start.getDayOfYear() == 1 && slut.equals(LocalDate.of(slut.getYear(), 12, 31));
            case UNDER_AR -> start.getDayOfYear() == 1 && slut.equals(LocalDate.of(start.getYear(), 12, 31));
        };
    }

    private static YearMonth kvartalets(LocalDate dag) {
        return YearMonth.of(dag.getYear(), (dag.getMonthValue() - 1) / 3 * 3 + 1);
    }

    public static Tidsperiod manader(YearMonth fran, YearMonth till) {
        return new Tidsperiod(fran.atDay(1), till.atEndOfMonth(), Form.MANAD);
    }

    public static Tidsperiod datum(LocalDate fran, LocalDate till) {
        return new Tidsperiod(fran, till, Form.DATUM);
    }

    /** From the first day of quarter {@code franKvartal} (1–4) of {@code franAr} to the last of {@code tillKvartal}. */
    public static Tidsperiod kvartal(int franAr, int franKvartal, int tillAr, int tillKvartal) {
        return new Tidsperiod(YearMonth.of(franAr, forstaManad(franKvartal)).atDay(1),
                YearMonth.of(tillAr, forstaManad(tillKvartal)).plusMonths(2).atEndOfMonth(), Form.KVARTAL);
    }

    public static Tidsperiod ar(int fran, int till) {
        return new Tidsperiod(LocalDate.of(fran, 1, 1), LocalDate.of(till, 12, 31), Form.AR);
    }

    /** "Under 2023": the whole year, in those words. */
    public static Tidsperiod underAr(int ar) {
        return new Tidsperiod(LocalDate.of(ar, 1, 1), LocalDate.of(ar, 12, 31), Form.UNDER_AR);
    }

    /** Parses what a person types; throws with a Swedish message that shows the accepted forms. */
    public static Tidsperiod parse(String text) {
        var normalized = text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (normalized.isEmpty()) {
            throw new OgiltigtVardeException(FORMAT_NYCKEL);
        }
        var under = UNDER.matcher(normalized);
        if (under.matches()) {
            if (!AR.matcher(under.group(1)).matches()) {
                throw new OgiltigtVardeException("tidsperiod.fel.under");
            }
            return underAr(Integer.parseInt(under.group(1)));
        }
        var arTillAr = AR_TILL_AR.matcher(normalized);
        if (arTillAr.matches()) {
            return ar(Integer.parseInt(arTillAr.group(1)), Integer.parseInt(arTillAr.group(2)));
        }
        var parts = SEPARATOR.split(normalized);
        if (parts.length > 2) {
            throw new OgiltigtVardeException(FORMAT_NYCKEL);
        }
        var forsta = parts[0];
        var sista = parts[parts.length - 1];
        var form = form(sista);
        if (parts.length == 2 && form(forsta) != form) {
            throw new OgiltigtVardeException("tidsperiod.fel.blandat");
        }
        return switch (form) {
            case DATUM -> {
                var slut = datum(sista);
                yield datum(parts.length == 2 ? datum(forsta) : slut, slut);
            }
            case AR -> ar(Integer.parseInt(forsta), Integer.parseInt(sista));
            case KVARTAL -> kvartal(forsta, sista);
            default -> {
                var till = manad(sista, null);
                var fran = parts.length == 2 ? manad(forsta, till.getYear()) : till;
                yield manader(fran, till);
            }
        };
    }

    /** What a part of the text looks like; anything unknown is left to the month reading and its messages. */
    private static Form form(String del) {
        if (del.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return Form.DATUM;
        }
        if (AR.matcher(del).matches()) {
            return Form.AR;
        }
        return KVARTAL.matcher(del).matches() ? Form.KVARTAL : Form.MANAD;
    }

    private static Tidsperiod kvartal(String fran, String till) {
        var slut = KVARTAL.matcher(till);
        var borjan = KVARTAL.matcher(fran);
        if (!slut.matches() || !borjan.matches()) {
            throw new OgiltigtVardeException(FORMAT_NYCKEL);
        }
        if (slut.group(2) == null) {
            throw new OgiltigtVardeException("tidsperiod.fel.kvartal-ar-saknas");
        }
        var tillAr = Integer.parseInt(slut.group(2));
        var franAr = borjan.group(2) != null ? Integer.parseInt(borjan.group(2)) : tillAr;
        return kvartal(franAr, kvartalsnummer(borjan.group(1)), tillAr, kvartalsnummer(slut.group(1)));
    }

    private static int kvartalsnummer(String text) {
        var nummer = text.length() > 1 ? 0 : Integer.parseInt(text);
        if (nummer < 1 || nummer > 4) {
            throw new OgiltigtVardeException("tidsperiod.fel.kvartal", text);
        }
        return nummer;
    }

    private static Month forstaManad(int kvartal) {
        if (kvartal < 1 || kvartal > 4) {
            throw new OgiltigtVardeException("tidsperiod.fel.kvartal", kvartal);
        }
        return Month.of((kvartal - 1) * 3 + 1);
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
        return switch (form) {
            case DATUM -> start.equals(slut) ? start.toString() : start + " – " + slut;
            case MANAD -> manadsvisning();
            case KVARTAL -> kvartalsvisning();
            case AR -> start.getYear() == slut.getYear() ? String.valueOf(start.getYear()) : start.getYear() + " – " + slut.getYear();
            case UNDER_AR -> "Under " + start.getYear();
        };
    }

    private String manadsvisning() {
        var fran = YearMonth.from(start);
        var till = YearMonth.from(slut);
        if (fran.equals(till)) {
            return versal(KORTA[fran.getMonthValue() - 1]) + " " + fran.getYear();
        }
        var forsta = versal(KORTA[fran.getMonthValue() - 1]);
        var andra = KORTA[till.getMonthValue() - 1] + " " + till.getYear();
        return fran.getYear() == till.getYear() ? forsta + " – " + andra : forsta + " " + fran.getYear() + " – " + andra;
    }

    /** "Q4 2023", "Q1 – Q3 2024" within a year, "Q3 2023 – Q1 2024" across years. */
    private String kvartalsvisning() {
        var fran = "Q" + ((start.getMonthValue() - 1) / 3 + 1);
        var till = "Q" + ((slut.getMonthValue() - 1) / 3 + 1) + " " + slut.getYear();
        if (start.getYear() != slut.getYear()) {
            return fran + " " + start.getYear() + " – " + till;
        }
        return kvartalets(start).equals(kvartalets(slut)) ? till : fran + " – " + till;
    }

    private static String versal(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    @Override
    public String toString() {
        return visning();
    }
}
