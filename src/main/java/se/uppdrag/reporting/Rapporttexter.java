package se.uppdrag.reporting;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.UnaryOperator;
import se.uppdrag.plan.Indikatortexter;
import se.uppdrag.reporting.Uppfoljningsrapport.Lage;
import se.uppdrag.reporting.Uppfoljningsrapport.Rad;

/**
 * The report's wording in one language, from the application's translations, so that the screen, the PDF and the
 * spreadsheet say the same thing in the same words.
 */
public final class Rapporttexter {

    public static final Locale SVENSKA = Locale.of("sv", "SE");

    private final ResourceBundle texter;
    private final Locale locale;

    private Rapporttexter(Locale locale) {
        this.locale = locale;
        this.texter = ResourceBundle.getBundle("vaadin-i18n.translations", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** English for English, otherwise Swedish, the language of the official documents. */
    public static Rapporttexter pa(Locale locale) {
        return new Rapporttexter("en".equals(locale.getLanguage()) ? Locale.ENGLISH : SVENSKA);
    }

    public Locale locale() {
        return locale;
    }

    public String text(String nyckel, Object... varden) {
        var monster = texter.getString(nyckel);
        return varden.length == 0 ? monster : new MessageFormat(monster, locale).format(varden);
    }

    /** The Tidplan column: the decision and the date it reports back by. */
    public String tidplan(Rad rad) {
        return text(rad.utanSlutleverans() ? "rapport.tidplan.90" : "rapport.tidplan", rad.beslutsdatum().toString(),
                rad.aterredovisasSenast().toString());
    }

    /** The Status column: traffic light and trend of the latest status report, or how the uppdrag was closed. */
    public String status(Rad rad) {
        if (rad.lage() == Lage.PAGAENDE || (rad.lage() == Lage.SLUTRAPPORT_INLAMNAD && rad.lagesdatum() == null)) {
            if (rad.ljus() == null || rad.trend() == null || rad.rapportdatum() == null) {
                return text("rapport.status.ingen-rapport");
            }
            return text("rapport.status.rapport", text("rapport.ljus." + rad.ljus().name()),
                    text("rapport.trend." + rad.trend().name()), rad.rapportdatum().toString());
        }
        return text("rapport.lage." + rad.lage().name(), rad.lagesdatum() == null ? "" : rad.lagesdatum().toString()).strip();
    }

    /** The Uppdrag/åtgärd column: its number in the plan as the plan writes it, "(7)", diarienummer and title. */
    public static String uppdrag(Rad rad) {
        return numrerat(rad.placering(), uppdrag(rad.diarienummer(), rad.titel()));
    }

    public static String uppdrag(Uppfoljningsrapport.Tillkommande rad) {
        var text = numrerat(rad.placering(), uppdrag(rad.diarienummer(), rad.titel()));
        return rad.ersatter() == null ? text : text + " (" + rad.ersatter() + ")";
    }

    public static String uppdrag(Uppfoljningsrapport.Forsenat rad) {
        return uppdrag(rad.diarienummer(), rad.titel());
    }

    private static String numrerat(Uppfoljningsrapport.Placering placering, String text) {
        return placering.nummer() == null ? text : "(" + placering.nummer() + ") " + text;
    }

    /** A group's heading: "Regionstyrelsens verksamhetsplan 2026 – God och nära vård", or the uppdrag outside the plans. */
    public String grupp(Uppfoljningsrapport.Placering placering) {
        if (placering.plan() == null) {
            return text("rapport.grupp.utan-plan");
        }
        return placering.plan() + " – " + (placering.malomrade() == null ? text("rapport.grupp.utan-malomrade")
                : placering.malomrade());
    }

    /** Diarienummer and title, as the report names an uppdrag. */
    public static String uppdrag(se.uppdrag.diarium.@org.jspecify.annotations.Nullable Diarienummer diarienummer, String titel) {
        return diarienummer == null ? titel : diarienummer + " " + titel;
    }

    /** The date a late uppdrag should have reported back by, marked when it is the 90-day rule. */
    public String senast(Uppfoljningsrapport.Forsenat rad) {
        return rad.utanSlutleverans() ? text("rapport.forsenade.90", rad.aterredovisasSenast().toString())
                : rad.aterredovisasSenast().toString();
    }

    /**
     * The Kommentar column: the reason or the status report's comment, then each change of the clock in the period
     * ("Återredovisningen flyttad 2026-09-01: 2026-12-31 → 2027-03-31: …", "Pausat 2026-05-04–2026-06-01: …").
     */
    public String kommentar(Rad rad) {
        var delar = new java.util.ArrayList<String>();
        if (!rad.kommentar().isBlank()) {
            delar.add(rad.kommentar());
        }
        for (var k : rad.klockan()) {
            delar.add(switch (k.slag()) {
                case FLYTTAD -> text("rapport.klocka.flyttad", k.dag().toString(), k.text());
                case PAUSAD -> k.slut() == null ? text("rapport.klocka.pausad", k.dag().toString(), k.text())
                        : text("rapport.klocka.pausad-till", k.dag().toString(), k.slut().toString(), k.text());
            });
        }
        return String.join(" ", delar);
    }

    /** An indicator's row: Mål | Indikator | Utfall the year before | Mål | Utfall | Status | Trend. */
    public List<String> indikator(Uppfoljningsrapport.Indikatorrad rad) {
        var i = rad.indikator();
        UnaryOperator<String> t = this::text;
        return List.of(i.mal().benamning(), Indikatortexter.namn(i), Indikatortexter.utfall(i, rad.ar() - 1, t),
                Indikatortexter.mal(i, rad.ar(), t), Indikatortexter.utfall(i, rad.ar(), t), Indikatortexter.status(i, rad.ar(), t),
                Indikatortexter.trend(i, rad.ar(), t));
    }

    /** The indicator table's headings, with the years. */
    public List<String> indikatorRubriker(int ar) {
        return List.of(text("indikator.kol.mal"), text("indikator.kol.indikator"), text("rapport.indikatorer.utfall", String.valueOf(ar - 1)),
                text("rapport.indikatorer.mal", String.valueOf(ar)), text("rapport.indikatorer.utfall", String.valueOf(ar)),
                text("indikator.kol.status"), text("indikator.kol.trend"));
    }

    /** "Första halvåret 2026", "Helåret 2026" or the dates. */
    public String period(Rapportperiod period) {
        return switch (period.slag()) {
            case FORSTA_HALVARET -> text("rapport.halvar.forsta", String.valueOf(period.fran().getYear()));
            case ANDRA_HALVARET -> text("rapport.halvar.andra", String.valueOf(period.fran().getYear()));
            case HELAR -> text("rapport.helar", String.valueOf(period.fran().getYear()));
            case ANNAN -> period.fran() + " – " + period.till();
        };
    }
}
