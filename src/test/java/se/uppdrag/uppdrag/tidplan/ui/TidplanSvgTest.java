package se.uppdrag.uppdrag.tidplan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import se.uppdrag.uppdrag.tidplan.ui.TidplanSvg.Markering;
import se.uppdrag.uppdrag.tidplan.ui.TidplanSvg.Rad;
import se.uppdrag.uppdrag.tidplan.ui.TidplanSvg.Stil;

class TidplanSvgTest {

    private static final Locale SVENSKA = Locale.of("sv", "SE");
    private static final LocalDate IDAG = LocalDate.of(2026, 9, 2);
    private static final List<Rad> RADER = List.of(
            new Rad("Hela uppdraget", "Pågående", Stil.UPPDRAG, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 10, 15), 0, null, null, null),
            new Rad("Nulägesanalys", "⚠ Försenad", Stil.FORSENAD, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 8, 31), 1, null, null, null),
            new Rad("Förankring", "✓ Klar 2026-09-01", Stil.KLAR, LocalDate.of(2026, 8, 1), LocalDate.of(2026, 8, 31), 1, null, null, null));

    private static String svg(LocalDate idag, List<Rad> rader, List<Markering> markeringar) {
        return TidplanSvg.rita("t1", "Tidplan för X", "3 aktiviteter", rader, idag, "Idag " + idag, markeringar, SVENSKA);
    }

    @Test
    void the_svg_is_an_image_named_by_its_title_and_description() {
        var svg = svg(IDAG, RADER, List.of());
        assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\"")
                .contains("aria-labelledby=\"t1-titel t1-beskrivning\"")
                .contains("<title id=\"t1-titel\">Tidplan för X</title>", "<desc id=\"t1-beskrivning\">3 aktiviteter</desc>");
    }

    @Test
    void there_is_a_column_per_month_from_the_first_to_the_last_day_with_swedish_month_names() {
        var svg = svg(IDAG, RADER, List.of());
        var bredd = TidplanSvg.ETIKETT_B + TidplanSvg.LAGE_B + 5 * TidplanSvg.MANAD_B + 16;
        assertThat(svg).contains("width=\"" + bredd + "\"");
        assertThat(texter(svg, "#4b5563")).containsExactly("juni", "juli", "aug", "sep", "okt");
    }

    @Test
    void today_is_a_labelled_line_where_its_day_falls_in_its_month() {
        var svg = svg(IDAG, RADER, List.of());
        var septemberBorjar = TidplanSvg.ETIKETT_B + TidplanSvg.LAGE_B + 3 * TidplanSvg.MANAD_B;
        var matcher = Pattern.compile("<g class=\"idag\"><line x1=\"([0-9.]+)\"").matcher(svg);
        assertThat(matcher.find()).isTrue();
        assertThat(Double.parseDouble(matcher.group(1))).isBetween((double) septemberBorjar, septemberBorjar + 5.0);
        assertThat(svg).contains(">Idag 2026-09-02</text>");
    }

    @Test
    void a_late_row_is_highlighted_with_words_a_band_and_a_dashed_edge_and_a_done_row_says_so() {
        var svg = svg(IDAG, RADER, List.of());
        assertThat(svg).contains("<rect class=\"sen-rad\" x=\"0\" y=\"" + (TidplanSvg.HUVUD_H + TidplanSvg.RAD_H) + "\"")
                .contains("<g class=\"rad forsenad\">")
                .contains("fill=\"#a4161a\" font-weight=\"bold\">⚠ Försenad</text>")
                .contains("stroke=\"#a4161a\" stroke-width=\"2\" stroke-dasharray=\"5 3\"")
                .contains("<g class=\"rad klar\">").contains(">✓ Klar 2026-09-01</text>");
        assertThat(svg.split("class=\"sen-rad\"")).hasSize(2);
    }

    @Test
    void a_marker_such_as_the_final_delivery_is_a_labelled_line() {
        var svg = svg(IDAG, RADER, List.of(new Markering(LocalDate.of(2026, 10, 15), "Slutleverans 2026-10-15")));
        assertThat(svg).contains("<g class=\"markering\">").contains(">Slutleverans 2026-10-15</text>");
    }

    @Test
    void today_far_from_the_plan_is_not_drawn_and_the_months_do_not_reach_out_to_it() {
        var langtBort = LocalDate.of(2030, 1, 1);
        var svg = svg(langtBort, RADER, List.of());
        assertThat(svg).doesNotContain("class=\"idag\"");
        assertThat(TidplanSvg.visarIdag(RADER, List.of(), langtBort)).isFalse();
        assertThat(TidplanSvg.visarIdag(RADER, List.of(), IDAG)).isTrue();
        assertThat(TidplanSvg.visarIdag(RADER, List.of(), LocalDate.of(2027, 6, 1))).as("within a year of the plan").isTrue();
    }

    @Test
    void labels_are_escaped_and_long_ones_shortened_and_the_picture_has_no_links_of_its_own() {
        var rad = new Rad("<script>alert('x')</script> & en mycket lång aktivitet som inte får plats", "Kommande", Stil.KOMMANDE,
                LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 30), 0, "uppdrag/7", LocalDate.of(2026, 6, 30), "Återredovisning 2026-06-30");
        var svg = svg(IDAG, List.of(rad), List.of());
        assertThat(svg).doesNotContain("<script>").contains("&lt;script&gt;alert(&#39;x&#39;)").contains("…</text>")
                .doesNotContain("<a ").contains("class=\"milstolpe\"")
                .contains("<title>Återredovisning 2026-06-30</title>");
    }

    @Test
    void a_plan_of_many_years_is_cut_at_ten_years_of_columns() {
        var rad = new Rad("Evigt", "Kommande", Stil.KOMMANDE, LocalDate.of(2026, 1, 1), LocalDate.of(2099, 12, 31), 0, null, null, null);
        var svg = svg(IDAG, List.of(rad), List.of());
        assertThat(svg).contains("width=\"" + (TidplanSvg.ETIKETT_B + TidplanSvg.LAGE_B + TidplanSvg.MAX_MANADER * TidplanSvg.MANAD_B + 16) + "\"");
    }

    @Test
    void text_colours_keep_4_5_to_1_and_bar_edges_3_to_1_against_the_backgrounds_they_stand_on() {
        for (var bakgrund : List.of(TidplanSvg.BAKGRUND, TidplanSvg.SEN_RAD)) {
            for (var text : List.of(TidplanSvg.TEXT, TidplanSvg.DAMPAD, TidplanSvg.IDAG, TidplanSvg.MARKERING)) {
                assertThat(kontrast(text, bakgrund)).as(text + " på " + bakgrund).isGreaterThanOrEqualTo(4.5);
            }
            for (var stil : Stil.values()) {
                assertThat(kontrast(stil.text, bakgrund)).as(stil + " text på " + bakgrund).isGreaterThanOrEqualTo(4.5);
                assertThat(kontrast(stil.kant, bakgrund)).as(stil + " kant på " + bakgrund).isGreaterThanOrEqualTo(3.0);
            }
        }
    }

    private static List<String> texter(String svg, String farg) {
        return Pattern.compile("fill=\"" + farg + "\">([^<]*)</text>").matcher(svg).results().map(m -> m.group(1)).toList();
    }

    /** WCAG 2 contrast ratio of two sRGB colours "#rrggbb". */
    static double kontrast(String a, String b) {
        var la = luminans(a);
        var lb = luminans(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminans(String farg) {
        double[] rgb = new double[3];
        for (int i = 0; i < 3; i++) {
            var c = Integer.parseInt(farg.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            rgb[i] = c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
    }
}
