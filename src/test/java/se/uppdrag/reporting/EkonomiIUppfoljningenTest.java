package se.uppdrag.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import se.uppdrag.dokument.Dokument;
import se.uppdrag.plan.Malomrade;
import se.uppdrag.plan.MalomradeId;
import se.uppdrag.plan.Plan;
import se.uppdrag.plan.PlanId;
import se.uppdrag.reporting.internal.Uppfoljningsdokument;
import se.uppdrag.text.OgiltigtVardeException;
import se.uppdrag.uppdrag.Planplacering;
import se.uppdrag.uppdrag.Statusrapport;
import se.uppdrag.uppdrag.Statusrapport.Resultat;
import se.uppdrag.uppdrag.UppdragId;
import se.uppdrag.uppdrag.UppdragStatus;
import se.uppdrag.uppdrag.Uppfoljningsunderlag;

/**
 * The report's money: budget from the financing, prognosis and outcome from the latest status report that gave them,
 * avvikelse = budget − prognos, summed per plan and målområde, unit and uppdragsgivare, the same in the document.
 */
class EkonomiIUppfoljningenTest {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    private static final Rapportperiod HELARET = new Rapportperiod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
    private static final MalomradeId VARD = new MalomradeId(11);
    private static final Plan PLAN = new Plan(new PlanId(1), "Verksamhetsplan 2026", 2026, 2026, LocalDate.of(2026, 2, 10),
            "Regionstyrelsen", List.of(new Malomrade(VARD, "God och nära vård", List.of())));

    private static Statusrapport rapport(int manad, @Nullable String prognos, @Nullable String utfall) {
        return new Statusrapport("Maria Berg", LocalDate.of(2026, manad, 15).atTime(9, 0).atZone(STOCKHOLM).toInstant(),
                Statusrapport.Ljus.GRON, Statusrapport.Trend.OFORANDRAD, "Enligt plan",
                new Resultat(prognos == null ? null : new BigDecimal(prognos), utfall == null ? null : new BigDecimal(utfall)));
    }

    private static Uppfoljningsunderlag u(long id, String titel, String enhet, List<String> givare, @Nullable String budget,
            Planplacering plan, Statusrapport... rapporter) {
        return new Uppfoljningsunderlag(new UppdragId(id), null, titel, enhet, UppdragStatus.PAGAENDE, LocalDate.of(2026, 1, 20),
                LocalDate.of(2026, 12, 31), "Maria Berg", givare, null, List.of(), List.of(rapporter), plan, null,
                budget == null ? null : new BigDecimal(budget));
    }

    private static Uppfoljningsrapport berakna(Uppfoljningsunderlag... underlag) {
        return Uppfoljningsberakning.berakna(HELARET, null, LocalDate.of(2026, 11, 1), STOCKHOLM, List.of(underlag),
                Map.of(PLAN.id(), PLAN));
    }

    private final Planplacering iPlanen = new Planplacering(PLAN.id(), VARD, "1", null, List.of());

    @Test
    void the_latest_report_that_gave_money_counts_and_the_avvikelse_is_budget_minus_prognosis() {
        var rapport = berakna(u(1, "Hemsjukvård", "Primärvården", List.of("Karin Ek"), "2000000", iPlanen,
                rapport(4, "1800000", "300000"), rapport(9, "2100000", "900000"), rapport(10, null, null)));

        assertThat(rapport.ekonomi().poster()).singleElement().satisfies(p -> {
            assertThat(p.budget()).isEqualByComparingTo("2000000");
            assertThat(p.prognos()).as("the October report gave none").isEqualByComparingTo("2100000");
            assertThat(p.utfall()).isEqualByComparingTo("900000");
            assertThat(p.avvikelse()).isEqualByComparingTo("-100000");
        });
    }

    @Test
    void sums_per_malomrade_unit_and_uppdragsgivare_count_an_uppdrag_for_each_of_its_uppdragsgivare() {
        var rapport = berakna(
                u(1, "Hemsjukvård", "Primärvården", List.of("Karin Ek", "Olof Lind"), "2000000", iPlanen, rapport(9, "2100000", "900000")),
                u(2, "Journal", "Primärvården", List.of("Karin Ek"), "500000", Planplacering.INGEN, rapport(9, "400000", "100000")),
                u(3, "Utan pengar", "Norra sjukhuset", List.of("Olof Lind"), null, Planplacering.INGEN));

        var e = rapport.ekonomi();
        assertThat(e.poster()).as("an uppdrag with no figure is left out").extracting(Ekonomisammanstallning.Post::titel)
                .containsExactly("Hemsjukvård", "Journal");
        assertThat(e.totalt().budget()).isEqualByComparingTo("2500000");
        assertThat(e.totalt().avvikelse()).isEqualByComparingTo("0");
        assertThat(e.perMalomrade()).extracting(g -> g.summa().budget().toPlainString()).containsExactly("2000000", "500000");
        assertThat(e.perEnhet()).singleElement().satisfies(s -> assertThat(s.namn()).isEqualTo("Primärvården"));
        assertThat(e.perUppdragsgivare()).extracting(Ekonomisammanstallning.Summa::namn).containsExactly("Karin Ek", "Olof Lind");
        assertThat(e.perUppdragsgivare().getFirst().budget()).isEqualByComparingTo("2500000");
        assertThat(e.perUppdragsgivare().get(1).prognos()).isEqualByComparingTo("2100000");
    }

    @Test
    void the_document_has_the_money_tables_with_the_figures_in_kronor() {
        var rapport = berakna(u(1, "Hemsjukvård", "Primärvården", List.of("Karin Ek"), "2000000", iPlanen,
                rapport(9, "2100000.50", "900000")));
        var dokument = Uppfoljningsdokument.av(rapport, Rapporttexter.pa(Locale.of("sv", "SE")), "Region Exempel",
                LocalDate.of(2026, 11, 1));
        var rubriker = dokument.sektioner().stream().map(Dokument.Sektion::rubrik).toList();
        assertThat(rubriker).contains("Ekonomi (kr)", "Ekonomi per plan och målområde (kr)", "Ekonomi per enhet (kr)",
                "Ekonomi per uppdragsgivare (kr)");
        var tabell = dokument.sektioner().stream().filter(s -> s.rubrik().equals("Ekonomi (kr)")).findFirst().orElseThrow().block()
                .stream().filter(Dokument.Tabell.class::isInstance).map(Dokument.Tabell.class::cast).findFirst().orElseThrow();
        assertThat(tabell.rader().stream().map(r -> r.stream().map(c -> c.replaceAll("[\\u00a0\\u202f\\u2212]", " ")).toList()))
                .containsExactly(List.of("Hemsjukvård", "2 000 000", "2 100 000,50", "900 000", " 100 000,50"),
                        List.of("Summa", "2 000 000", "2 100 000,50", "900 000", " 100 000,50"));
    }

    @Test
    void in_the_xlsx_the_amounts_are_numbers_that_can_be_summed() throws Exception {
        var rapport = berakna(u(1, "Hemsjukvård", "Primärvården", List.of("Karin Ek"), "2000000", iPlanen,
                rapport(9, "2100000.50", "900000")));
        var xlsx = se.uppdrag.dokument.DokumentXlsx.skriv(Uppfoljningsdokument.av(rapport, Rapporttexter.pa(Locale.of("sv", "SE")),
                "Region Exempel", LocalDate.of(2026, 11, 1)));
        try (var bok = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var rad = bok.getSheet("Ekonomi (kr)").getRow(1);
            assertThat(rad.getCell(1).getNumericCellValue()).isEqualTo(2_000_000d);
            assertThat(rad.getCell(2).getNumericCellValue()).isEqualTo(2_100_000.5d);
            assertThat(rad.getCell(4).getNumericCellValue()).isEqualTo(-100_000.5d);
        }
    }

    @Test
    void effekthemtagning_lists_the_expected_effect_and_the_latest_realised_one_with_its_comment() {
        var u = new Uppfoljningsunderlag(new UppdragId(1), null, "Digital inskrivning", "Primärvården", UppdragStatus.PAGAENDE,
                LocalDate.of(2026, 1, 20), LocalDate.of(2026, 12, 31), "Maria Berg", List.of("Karin Ek"), null, List.of(),
                List.of(new Statusrapport("Maria Berg", LocalDate.of(2026, 5, 15).atTime(9, 0).atZone(STOCKHOLM).toInstant(),
                                Statusrapport.Ljus.GRON, Statusrapport.Trend.POSITIV, "Första enheten i gång",
                                new Resultat(null, null, "0,2 årsarbetare")),
                        new Statusrapport("Maria Berg", LocalDate.of(2026, 9, 15).atTime(9, 0).atZone(STOCKHOLM).toInstant(),
                                Statusrapport.Ljus.GRON, Statusrapport.Trend.POSITIV, "Tre enheter i gång",
                                new Resultat(null, null, "0,6 årsarbetare")),
                        rapport(10, null, null)),
                Planplacering.INGEN, null, null, "1,0 årsarbetare");
        var utan = u(2, "Utan effekt", "Primärvården", List.of(), null, Planplacering.INGEN);
        var rapport = berakna(u, utan);

        assertThat(rapport.effekter()).singleElement().satisfies(e -> {
            assertThat(e.beraknad()).isEqualTo("1,0 årsarbetare");
            assertThat(e.realiserad()).isEqualTo("0,6 årsarbetare");
            assertThat(e.kommentar()).as("the comment of the report that gave the effect").isEqualTo("Tre enheter i gång");
        });
        var dokument = Uppfoljningsdokument.av(rapport, Rapporttexter.pa(Locale.of("sv", "SE")), "Region Exempel",
                LocalDate.of(2026, 11, 1));
        var tabell = dokument.sektioner().stream().filter(s -> s.rubrik().equals("Effekthemtagning")).findFirst().orElseThrow()
                .block().stream().filter(Dokument.Tabell.class::isInstance).map(Dokument.Tabell.class::cast).findFirst().orElseThrow();
        assertThat(tabell.rubriker()).containsExactly("Uppdrag/åtgärd", "Tidplan", "Ansvarig", "Beräknad effekt", "Realiserad effekt",
                "Kommentar");
        assertThat(tabell.rader()).singleElement().satisfies(rad -> assertThat(rad.subList(3, 6))
                .containsExactly("1,0 årsarbetare", "0,6 årsarbetare", "Tre enheter i gång"));
    }

    @Test
    void without_money_there_are_no_money_tables_and_a_negative_amount_cannot_be_reported() {
        var dokument = Uppfoljningsdokument.av(berakna(u(1, "Utan", "Primärvården", List.of(), null, Planplacering.INGEN)),
                Rapporttexter.pa(Locale.of("sv", "SE")), "Region Exempel", LocalDate.of(2026, 11, 1));
        assertThat(dokument.sektioner()).noneMatch(s -> s.rubrik().startsWith("Ekonomi") || s.rubrik().equals("Effekthemtagning"));
        assertThatThrownBy(() -> new Resultat(new BigDecimal("-1"), null)).isInstanceOf(OgiltigtVardeException.class);
        assertThatThrownBy(() -> new Resultat(null, new BigDecimal("1.001"))).isInstanceOf(OgiltigtVardeException.class);
    }
}
