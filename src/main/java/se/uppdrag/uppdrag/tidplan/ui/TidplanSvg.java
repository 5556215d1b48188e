package se.uppdrag.uppdrag.tidplan.ui;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A Gantt-like timeline as SVG, drawn on the server: month columns, a bar per row with its state written beside it
 * (never colour alone), today as a line with a label, and dated markers such as återredovisning. Pure: the same
 * rows give the same picture. Text colours keep 4.5:1 against the background, bar edges 3:1 (WCAG AA).
 */
final class TidplanSvg {

    static final String BAKGRUND = "#ffffff";
    static final String TEXT = "#1f2933";
    static final String DAMPAD = "#4b5563";
    static final String LINJE = "#d1d5db";
    static final String IDAG = "#9a3412";
    static final String MARKERING = "#5b21b6";
    static final String SEN_RAD = "#fdf1f0";

    /** A row's look: bar fill, bar edge, and the colour of its state text. */
    enum Stil {
        UPPDRAG("#dbe4f0", "#3b5b85", TEXT), KOMMANDE("#eef3fb", "#2c5f9e", TEXT), PAGAR("#cfe0f5", "#2c5f9e", TEXT),
        KLAR("#d3ecd9", "#1e6b34", "#1e6b34"), FORSENAD("#fbe0de", "#a4161a", "#a4161a"), PASSERAD("#eceef1", "#5f6b7a", TEXT);

        final String fyllning;
        final String kant;
        final String text;

        Stil(String fyllning, String kant, String text) {
            this.fyllning = fyllning;
            this.kant = kant;
            this.text = text;
        }
    }

    /** A row: its label (indented one step per level), state text, look, span, optional link and milestone. */
    record Rad(String etikett, String lage, Stil stil, LocalDate start, LocalDate slut, int niva, @Nullable String lank,
            @Nullable LocalDate milstolpe, @Nullable String milstolpeText) {
    }

    /** A day marked across all rows, with its label ("Slutleverans 2027-02-04"). */
    record Markering(LocalDate dag, String text) {
    }

    static final int ETIKETT_B = 300;
    static final int LAGE_B = 170;
    static final int MANAD_B = 48;
    static final int RAD_H = 24;
    static final int HUVUD_H = 58;
    static final int FOT_H = 22;
    /** Today is drawn in when it lies this close to the plan; further away, the description says where it is. */
    static final int MANADER_TILL_IDAG = 12;
    static final int MAX_MANADER = 120;

    private TidplanSvg() {
    }

    static String rita(String id, String titel, String beskrivning, List<Rad> rader, LocalDate idag, String idagText,
            List<Markering> markeringar, Locale locale) {
        var fonster = fonster(rader, markeringar, idag);
        var forsta = fonster.get(0);
        var manader = (int) ChronoUnit.MONTHS.between(forsta, fonster.get(1)) + 1;
        int bredd = ETIKETT_B + LAGE_B + manader * MANAD_B + 16;
        int hojd = HUVUD_H + Math.max(rader.size(), 1) * RAD_H + FOT_H;
        var svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" class=\"tidplan-svg\" aria-labelledby=\"")
                .append(id).append("-titel ").append(id).append("-beskrivning\" width=\"").append(bredd).append("\" height=\"")
                .append(hojd).append("\" viewBox=\"0 0 ").append(bredd).append(' ').append(hojd).append("\" font-size=\"13\">")
                .append("<title id=\"").append(id).append("-titel\">").append(xml(titel)).append("</title>")
                .append("<desc id=\"").append(id).append("-beskrivning\">").append(xml(beskrivning)).append("</desc>")
                .append("<rect width=\"100%\" height=\"100%\" fill=\"").append(BAKGRUND).append("\"/>");
        var skala = new Skala(forsta, manader);
        for (int r = 0; r < rader.size(); r++) {
            if (rader.get(r).stil() == Stil.FORSENAD) {
                svg.append("<rect class=\"sen-rad\" x=\"0\" y=\"").append(HUVUD_H + r * RAD_H).append("\" width=\"").append(bredd)
                        .append("\" height=\"").append(RAD_H).append("\" fill=\"").append(SEN_RAD).append("\"/>");
            }
        }
        manader(svg, skala, locale, hojd);
        for (int r = 0; r < rader.size(); r++) {
            rad(svg, skala, rader.get(r), HUVUD_H + r * RAD_H);
        }
        for (var markering : markeringar) {
            if (skala.visar(markering.dag())) {
                var x = skala.x(markering.dag().plusDays(1));
                svg.append("<g class=\"markering\"><line x1=\"").append(x).append("\" y1=\"").append(HUVUD_H - 4).append("\" x2=\"")
                        .append(x).append("\" y2=\"").append(hojd - FOT_H).append("\" stroke=\"").append(MARKERING)
                        .append("\" stroke-width=\"2\" stroke-dasharray=\"6 3\"/>");
                etikett(svg, x, hojd - 6, bredd, markering.text(), MARKERING, "markering-text");
                svg.append("</g>");
            }
        }
        if (skala.visar(idag)) {
            var x = skala.x(idag) + MANAD_B / 60.0;
            svg.append("<g class=\"idag\"><line x1=\"").append(x).append("\" y1=\"").append(HUVUD_H - 16).append("\" x2=\"")
                    .append(x).append("\" y2=\"").append(hojd - FOT_H).append("\" stroke=\"").append(IDAG).append("\" stroke-width=\"2\"/>");
            etikett(svg, x, HUVUD_H - 6, bredd, idagText, IDAG, "idag-text");
            svg.append("</g>");
        }
        return svg.append("</svg>").toString();
    }

    /** Whether today is inside the months drawn. */
    static boolean visarIdag(List<Rad> rader, List<Markering> markeringar, LocalDate idag) {
        var fonster = fonster(rader, markeringar, idag);
        return !YearMonth.from(idag).isBefore(fonster.get(0)) && !YearMonth.from(idag).isAfter(fonster.get(1));
    }

    /** The first and last month: every row and marker, today when it is near, at most {@link #MAX_MANADER}. */
    private static List<YearMonth> fonster(List<Rad> rader, List<Markering> markeringar, LocalDate idag) {
        var dagar = new ArrayList<LocalDate>();
        rader.forEach(r -> {
            dagar.add(r.start());
            dagar.add(r.slut());
            if (r.milstolpe() != null) {
                dagar.add(r.milstolpe());
            }
        });
        markeringar.forEach(m -> dagar.add(m.dag()));
        var forsta = YearMonth.from(dagar.stream().min(LocalDate::compareTo).orElse(idag));
        var sista = YearMonth.from(dagar.stream().max(LocalDate::compareTo).orElse(idag));
        var manad = YearMonth.from(idag);
        if (!manad.isBefore(forsta.minusMonths(MANADER_TILL_IDAG)) && !manad.isAfter(sista.plusMonths(MANADER_TILL_IDAG))) {
            forsta = manad.isBefore(forsta) ? manad : forsta;
            sista = manad.isAfter(sista) ? manad : sista;
        }
        if (ChronoUnit.MONTHS.between(forsta, sista) >= MAX_MANADER) {
            sista = forsta.plusMonths(MAX_MANADER - 1);
        }
        return List.of(forsta, sista);
    }

    private static void manader(StringBuilder svg, Skala skala, Locale locale, int hojd) {
        svg.append("<g class=\"manader\">");
        for (int m = 0; m < skala.manader(); m++) {
            var manad = skala.forsta().plusMonths(m);
            var x = ETIKETT_B + LAGE_B + m * MANAD_B;
            svg.append("<line x1=\"").append(x).append("\" y1=\"20\" x2=\"").append(x).append("\" y2=\"").append(hojd - FOT_H)
                    .append("\" stroke=\"").append(LINJE).append("\"/>");
            if (m == 0 || manad.getMonthValue() == 1) {
                svg.append("<text x=\"").append(x + 4).append("\" y=\"15\" fill=\"").append(TEXT).append("\" font-weight=\"bold\">")
                        .append(manad.getYear()).append("</text>");
            }
            svg.append("<text x=\"").append(x + 4).append("\" y=\"34\" fill=\"").append(DAMPAD).append("\">")
                    .append(xml(manad.getMonth().getDisplayName(TextStyle.SHORT_STANDALONE, locale).replace(".", ""))).append("</text>");
        }
        svg.append("</g>");
    }

    private static void rad(StringBuilder svg, Skala skala, Rad rad, int y) {
        svg.append("<g class=\"rad ").append(rad.stil().name().toLowerCase(Locale.ROOT)).append("\"><title>")
                .append(xml(rad.etikett() + ": " + rad.start() + " – " + rad.slut() + ", " + rad.lage())).append("</title>");
        var text = "<text x=\"" + (8 + rad.niva() * 16) + "\" y=\"" + (y + 16) + "\" fill=\"" + TEXT + "\""
                + (rad.niva() == 0 ? " font-weight=\"bold\"" : "") + ">" + xml(kortad(rad.etikett(), 40 - rad.niva() * 2)) + "</text>";
        // no links inside the picture: role="img" makes its content presentational, so a link there would be
        // hidden from assistive technology (axe: nested-interactive); the table beside it carries the links
        svg.append(text);
        svg.append("<text class=\"lage\" x=\"").append(ETIKETT_B + 8).append("\" y=\"").append(y + 16).append("\" fill=\"")
                .append(rad.stil().text).append('"').append(rad.stil() == Stil.FORSENAD ? " font-weight=\"bold\"" : "").append('>')
                .append(xml(rad.lage())).append("</text>");
        var fran = skala.x(rad.start());
        var till = skala.x(rad.slut().plusDays(1));
        svg.append("<rect class=\"stapel\" x=\"").append(fran).append("\" y=\"").append(y + 5).append("\" width=\"")
                .append(Math.max(2, till - fran)).append("\" height=\"14\" rx=\"3\" fill=\"").append(rad.stil().fyllning)
                .append("\" stroke=\"").append(rad.stil().kant).append("\" stroke-width=\"")
                .append(rad.stil() == Stil.FORSENAD ? "2\" stroke-dasharray=\"5 3" : "1").append("\"/>");
        if (rad.milstolpe() != null && skala.visar(rad.milstolpe())) {
            var x = skala.x(rad.milstolpe().plusDays(1));
            svg.append("<path class=\"milstolpe\" d=\"M").append(x).append(' ').append(y + 4).append(" l6 8 l-6 8 l-6 -8 z\" fill=\"")
                    .append(MARKERING).append("\"><title>").append(xml(rad.milstolpeText() == null ? "" : rad.milstolpeText()))
                    .append("</title></path>");
        }
        svg.append("</g>");
    }

    private static void etikett(StringBuilder svg, double x, int y, int bredd, String text, String farg, String klass) {
        var slut = x > bredd - 160;
        svg.append("<text class=\"").append(klass).append("\" x=\"").append(slut ? x - 4 : x + 4).append("\" y=\"").append(y)
                .append("\" fill=\"").append(farg).append("\" font-weight=\"bold\"").append(slut ? " text-anchor=\"end\"" : "")
                .append('>').append(xml(text)).append("</text>");
    }

    private static String kortad(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1).strip() + "…";
    }

    static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }

    /** Days to x: each month a column of the same width, a day its share of its month. */
    private record Skala(YearMonth forsta, int manader) {

        boolean visar(LocalDate dag) {
            var manad = YearMonth.from(dag);
            return !manad.isBefore(forsta) && manad.isBefore(forsta.plusMonths(manader));
        }

        double x(LocalDate dag) {
            var manad = YearMonth.from(dag);
            double index = ChronoUnit.MONTHS.between(forsta, manad) + (dag.getDayOfMonth() - 1) / (double) manad.lengthOfMonth();
            index = Math.max(0, Math.min(manader, index));
            return Math.round((ETIKETT_B + LAGE_B + index * MANAD_B) * 10) / 10.0;
        }
    }
}
