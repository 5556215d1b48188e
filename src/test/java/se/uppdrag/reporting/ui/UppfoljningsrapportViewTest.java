package se.uppdrag.reporting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.uppdrag.TestFolk;
import se.uppdrag.reporting.Rapporttexter;
import se.uppdrag.reporting.UppfoljningsrapportService;
import se.uppdrag.uppdrag.UppdragStatus;

class UppfoljningsrapportViewTest extends RapportvyTestBase {

    @Autowired
    UppfoljningsrapportService service;
    @Autowired
    se.uppdrag.plan.PlanService planer;

    private UppfoljningsrapportView rapportForEnheten() {
        inlast("Digitala vårdtjänster", LocalDate.of(2026, 7, 10), LocalDate.of(2026, 12, 31), UppdragStatus.PAGAENDE);
        inlast("Lokalförsörjning", LocalDate.of(2026, 7, 10), null, UppdragStatus.PAGAENDE);
        inlast("Kompetensförsörjning", LocalDate.of(2026, 8, 1), LocalDate.of(2027, 3, 1), UppdragStatus.PAUSAT);
        utkast("Ännu inte beslutat");
        folk.loggaIn(TestFolk.REGISTRATOR);
        var vy = navigate(UppfoljningsrapportView.class);
        narArbetetArKlart();
        test(vy.enhetsval()).selectItem(enhet);
        narArbetetArKlart();
        return vy;
    }

    private List<String> antal(UppfoljningsrapportView vy) {
        return vy.innehall().antalKort().stream().map(kort -> ((Span) kort.getChildren().findFirst().orElseThrow()).getText())
                .toList();
    }

    @Test
    void the_registrator_sees_the_running_half_year_of_the_unit_with_counts_table_and_late_list() {
        var vy = rapportForEnheten();

        assertThat(vy.periodval().getValue().period().slag()).isEqualTo(se.uppdrag.reporting.Rapportperiod.Slag.ANDRA_HALVARET);
        assertThat(antal(vy)).containsExactly("3", "2", "0", "1", "0", "1");
        assertThat(vy.innehall().tabellnamn()).as("without plans, one table of all uppdrag as before").startsWith(
                "Uppdrag och status", "Tillkommande uppdrag under perioden", "Försenad återredovisning");
        var rader = test(vy.innehall().tabell("Uppdrag och status"));
        assertThat(rader.size()).isEqualTo(3);
        assertThat(rader.getRow(0).celler().getFirst()).endsWith("Digitala vårdtjänster");
        assertThat(rader.getRow(0).markering().lank()).as("the uppdrag is a link, as before").startsWith("uppdrag/");
        assertThat(rader.getRow(0).markering().klass()).isEqualTo("ljus-inget");
        assertThat(List.of(rader.getCellText(0, 1), rader.getCellText(0, 2), rader.getCellText(0, 3))).containsExactly(
                "Beslut 2026-07-10, slutleverans 2026-12-31", folk.person(TestFolk.TAGARE).namn(), "Ingen statusrapport");
        assertThat(rader.getRow(1).celler().getFirst()).endsWith("Kompetensförsörjning");
        assertThat(rader.getCellText(1, 3)).isEqualTo("Pausad");
        var forsenade = test(vy.innehall().tabell("Försenad återredovisning"));
        assertThat(forsenade.size()).isEqualTo(1);
        assertThat(forsenade.getCellText(0, 2)).isEqualTo("2026-10-08 (90 dagar efter beslut)");
        assertThat(forsenade.getCellText(0, 3)).isEqualTo("46");
        assertThat(test(vy.innehall().tabell("Tillkommande uppdrag under perioden")).size()).isEqualTo(3);
    }

    @Test
    void with_a_plan_the_report_has_a_part_per_malomrade_in_the_plans_order_with_its_picture_and_linked_uppdrag() {
        folk.loggaIn(TestFolk.ADMINISTRATOR);
        var plan = planer.spara(new se.uppdrag.plan.PlanUtkast(null, "Verksamhetsplan " + folk.anvandarnamn(TestFolk.AGARE), 2026,
                2026, LocalDate.of(2025, 11, 20), "Regionstyrelsen", List.of(
                        new se.uppdrag.plan.PlanUtkast.MalomradeUtkast(null, "God och nära vård", List.of()),
                        new se.uppdrag.plan.PlanUtkast.MalomradeUtkast(null, "Ekonomi i balans", List.of()))), null);
        var ekonomi = inlast("Budgetarbete", LocalDate.of(2026, 7, 10), LocalDate.of(2026, 12, 31), UppdragStatus.PAGAENDE,
                new se.uppdrag.uppdrag.Planplacering(plan.id(), plan.malomraden().get(1).id(), "2", null, List.of()));
        inlast("Hemsjukvård", LocalDate.of(2026, 7, 12), LocalDate.of(2026, 12, 31), UppdragStatus.PAGAENDE,
                new se.uppdrag.uppdrag.Planplacering(plan.id(), plan.malomraden().get(0).id(), "1", null, List.of()));
        inlast("Utanför planen", LocalDate.of(2026, 7, 14), LocalDate.of(2026, 12, 31), UppdragStatus.PAGAENDE);
        folk.loggaIn(TestFolk.REGISTRATOR);
        var vy = navigate(UppfoljningsrapportView.class);
        test(vy.enhetsval()).selectItem(enhet);
        narArbetetArKlart();

        var del = plan.namn() + " – ";
        assertThat(vy.innehall().tabellnamn()).containsSubsequence(
                "Uppdrag och status – " + del + "God och nära vård", "Uppdrag och status – " + del + "Ekonomi i balans",
                "Uppdrag och status – Uppdrag utanför planerna");
        var rader = test(vy.innehall().tabell("Uppdrag och status – " + del + "Ekonomi i balans"));
        assertThat(rader.size()).isEqualTo(1);
        assertThat(rader.getRow(0).celler().getFirst()).startsWith("(2) ").endsWith("Budgetarbete");
        assertThat(rader.getRow(0).markering().lank()).isEqualTo("uppdrag/" + ekonomi.id().value());
        assertThat(vy.innehall().delar().getChildren().filter(com.vaadin.flow.component.Svg.class::isInstance)
                .map(svg -> svg.getElement().getProperty("innerHTML")).toList()).hasSize(4)
                .allSatisfy(svg -> assertThat(svg).contains("role=\"img\""))
                .satisfies(svg -> assertThat(svg.subList(0, 3)).allSatisfy(s -> assertThat(s).contains(
                        "aria-label=\"Stapel över status för uppdraget i ", "Ingen statusrapport: 1")))
                .satisfies(svg -> assertThat(svg.getLast()).contains("aria-label=\"Stapeldiagram med budget, prognos och utfall"));
    }

    @Test
    void the_downloaded_spreadsheet_has_the_rows_of_the_table_on_screen() throws Exception {
        var vy = rapportForEnheten();
        var grid = test(vy.innehall().tabell("Uppdrag och status"));

        var pa = new ArrayList<List<String>>();
        for (int rad = 0; rad < grid.size(); rad++) {
            var celler = new ArrayList<String>(List.of(grid.getRow(rad).celler().getFirst()));
            for (int kolumn = 1; kolumn < 5; kolumn++) {
                celler.add(grid.getCellText(rad, kolumn));
            }
            pa.add(celler);
        }
        test(vy.xlsx().knapp()).click();
        narArbetetArKlart();
        try (var bok = new XSSFWorkbook(new ByteArrayInputStream(vy.xlsx().beredd().innehall()))) {
            var format = new DataFormatter();
            var blad = new ArrayList<List<String>>();
            bok.getSheet("Uppdrag och status").forEach(rad -> {
                var celler = new ArrayList<String>();
                rad.forEach(cell -> celler.add(format.formatCellValue(cell)));
                blad.add(celler);
            });
            assertThat(blad.subList(1, blad.size())).containsExactlyElementsOf(pa);
            assertThat(pa).hasSize(3);
        }
    }

    @Test
    void the_report_is_drawn_up_in_the_background_with_a_progress_bar_while_the_choices_stay_usable() {
        inlast("Digitala vårdtjänster", LocalDate.of(2026, 7, 10), LocalDate.of(2026, 12, 31), UppdragStatus.PAGAENDE);
        folk.loggaIn(TestFolk.REGISTRATOR);
        bakgrund.hall();
        var vy = navigate(UppfoljningsrapportView.class);

        assertThat(vy.arbete().pagar()).isTrue();
        assertThat($(ProgressBar.class, vy.arbete()).single().isVisible()).isTrue();
        assertThat(vy.arbete().getElement().getTextRecursively()).contains("Rapporten tas fram…");
        assertThat(vy.visad()).isNull();
        assertThat(vy.enhetsval().isEnabled()).isTrue();
        test(vy.enhetsval()).selectItem(enhet);
        assertThat(bakgrund.hallna()).as("the new choice asks for its own report").isEqualTo(2);

        bakgrund.slappAllt();
        assertThat(vy.arbete().pagar()).isFalse();
        assertThat(vy.visad().enhet()).isEqualTo(enhet);
        assertThat(antal(vy).subList(0, 2)).as("one new uppdrag, in progress").containsExactly("1", "1");
    }

    @Test
    void a_report_overtaken_by_a_newer_choice_is_not_shown_when_it_arrives_late() {
        inlast("Digitala vårdtjänster", LocalDate.of(2026, 7, 10), LocalDate.of(2026, 12, 31), UppdragStatus.PAGAENDE);
        folk.loggaIn(TestFolk.REGISTRATOR);
        bakgrund.hall();
        var vy = navigate(UppfoljningsrapportView.class);
        test(vy.enhetsval()).selectItem(enhet);

        bakgrund.slapp(1);
        assertThat(vy.visad().enhet()).isEqualTo(enhet);
        var enhetens = antal(vy);
        bakgrund.slapp(0);
        assertThat(vy.visad().enhet()).as("the report of all units came last but was asked for first").isEqualTo(enhet);
        assertThat(antal(vy)).isEqualTo(enhetens);
    }

    @Test
    void the_pdf_is_written_in_the_background_and_offered_under_the_reports_name_with_its_size() {
        var vy = rapportForEnheten();
        bakgrund.hall();
        test(vy.pdf().knapp()).click();

        assertThat(vy.pdf().arbete().pagar()).isTrue();
        assertThat(vy.pdf().arbete().getElement().getTextRecursively()).contains("PDF:en skapas…");
        assertThat(vy.pdf().hamta().isVisible()).isFalse();
        assertThat(vy.enhetsval().isEnabled()).isTrue();
        bakgrund.slappAllt();

        var fil = vy.pdf().beredd();
        var namn = "Uppföljningsrapport " + Rapporttexter.pa(Rapporttexter.SVENSKA).period(vy.visad().period()) + " " + enhet + ".pdf";
        assertThat(fil.filnamn()).isEqualTo(namn.replaceAll("[^\\p{L}\\p{N} ._-]", ""));
        assertThat(new String(fil.innehall(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(vy.pdf().arbete().pagar()).isFalse();
        assertThat(vy.pdf().hamta().isVisible()).isTrue();
        assertThat(vy.pdf().hamta().getHref()).isNotBlank();
        assertThat(vy.pdf().hamta().getText()).isEqualTo("Hämta " + fil.filnamn() + " ("
                + Rapportnedladdning.storlek(fil.innehall().length, Rapporttexter.SVENSKA) + ")");
        assertThat(vy.pdf().hamta().getElement().hasAttribute("download")).isTrue();
    }

    @Test
    void a_file_size_is_given_in_kilobytes_or_in_megabytes_with_a_swedish_decimal_comma() {
        assertThat(Rapportnedladdning.storlek(10, Rapporttexter.SVENSKA)).isEqualTo("1 kB");
        assertThat(Rapportnedladdning.storlek(350_000, Rapporttexter.SVENSKA)).isEqualTo("342 kB");
        assertThat(Rapportnedladdning.storlek(2_500_000, Rapporttexter.SVENSKA)).isEqualTo("2,4 MB");
    }

    @Test
    void a_period_that_ends_before_it_starts_gets_a_swedish_message_at_the_date() {
        var vy = rapportForEnheten();
        test(vy.periodval()).selectItem("Annan period");
        vy.till().setValue(LocalDate.of(2026, 8, 1));
        narArbetetArKlart();
        var juli = antal(vy);
        vy.fran().setValue(LocalDate.of(2026, 9, 1));
        narArbetetArKlart();

        assertThat(vy.fran().isInvalid()).isTrue();
        assertThat(vy.fran().getErrorMessage()).isEqualTo("Periodens sista dag ligger före dess första");
        assertThat(juli).containsExactly("3", "2", "0", "1", "0", "0");
        assertThat(antal(vy)).as("the last good report stays").isEqualTo(juli);
    }
}
