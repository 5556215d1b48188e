package se.uppdrag.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import se.uppdrag.dokument.Dokument;
import se.uppdrag.dokument.Dokument.Sektion;
import se.uppdrag.plan.Indikator;
import se.uppdrag.plan.IndikatorId;
import se.uppdrag.plan.MalRef;
import se.uppdrag.plan.Malomrade;
import se.uppdrag.plan.MalomradeId;
import se.uppdrag.plan.Plan;
import se.uppdrag.plan.PlanId;
import se.uppdrag.reporting.Uppfoljningsrapport.Placering;
import se.uppdrag.reporting.internal.Uppfoljningsdokument;
import se.uppdrag.uppdrag.Planplacering;
import se.uppdrag.uppdrag.Statusrapport;
import se.uppdrag.uppdrag.Statusrapport.Resultat;
import se.uppdrag.uppdrag.UppdragId;
import se.uppdrag.uppdrag.UppdragStatus;
import se.uppdrag.uppdrag.Uppfoljningsunderlag;

/**
 * The report read per målområde: one part per plan and målområde in the plan's order (outside the plans last), each
 * with its summary, its status picture and table, its uppdrag, tillkommande, indicators, effects and money.
 */
class UppfoljningenPerMalomradeTest {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    private static final Rapportperiod HELARET = new Rapportperiod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
    private static final LocalDate ANTAGEN = LocalDate.of(2026, 2, 10);
    private static final MalomradeId VARD = new MalomradeId(11);
    private static final MalomradeId EKONOMI = new MalomradeId(12);
    private static final String PLANNAMN = "Regionstyrelsens verksamhetsplan 2026";
    // the plan has Ekonomi i balans second, though it sorts first by name
    private static final Plan PLAN = new Plan(new PlanId(1), PLANNAMN, 2026, 2026, ANTAGEN, "Regionstyrelsen",
            List.of(new Malomrade(VARD, "God och nära vård", List.of("Vård i hemmet")),
                    new Malomrade(EKONOMI, "Ekonomi i balans", List.of("Budget i balans"))));
    private static final String DEL_VARD = PLANNAMN + " – God och nära vård";
    private static final String DEL_EKONOMI = PLANNAMN + " – Ekonomi i balans";
    private static final String UTANFOR = "Uppdrag utanför planerna";
    private static final Rapporttexter T = Rapporttexter.pa(Locale.of("sv", "SE"));

    private final List<Uppfoljningsunderlag> data = new ArrayList<>();

    private static Indikator indikator(long id, MalomradeId omrade, String malomrade, String namn) {
        return new Indikator(new IndikatorId(id), PLAN.id(), new MalRef(id, omrade, malomrade, "Ett mål"), namn,
                Indikator.Slag.KVALITATIV, null, Indikator.Riktning.HOGRE_AR_BATTRE, List.of());
    }

    private Uppfoljningsrapport rapport() {
        data.add(u("Ekonomi 1", ANTAGEN.plusDays(20), i(EKONOMI, "1"), "300000", null,
                rapport(Statusrapport.Ljus.GUL, "350000", "120000", null)));
        data.add(u("Vård 2", ANTAGEN.minusDays(5), i(VARD, "2"), null, null, rapport(Statusrapport.Ljus.GRON, null, null, null)));
        data.add(u("Vård 1", ANTAGEN.plusDays(10), i(VARD, "1"), "1000000", "1,0 årsarbetare",
                rapport(Statusrapport.Ljus.ROD, "1200000", "400000", "0,2 årsarbetare")));
        data.add(u("Utanför", LocalDate.of(2026, 3, 1), Planplacering.INGEN, "50000", null));
        return Uppfoljningsberakning.berakna(HELARET, null, LocalDate.of(2026, 11, 1), STOCKHOLM, data, Map.of(PLAN.id(), PLAN),
                List.of(indikator(1, VARD, "God och nära vård", "Andel i hemsjukvård"),
                        indikator(2, EKONOMI, "Ekonomi i balans", "Budget i balans")));
    }

    private static List<Sektion> del(Dokument dokument, String rubrik) {
        var sektioner = dokument.sektioner();
        var start = sektioner.stream().map(Sektion::rubrik).toList().indexOf(rubrik);
        assertThat(start).as(rubrik).isNotNegative();
        var del = new ArrayList<Sektion>(List.of(sektioner.get(start)));
        for (int i = start + 1; i < sektioner.size() && sektioner.get(i).niva() == 2; i++) {
            del.add(sektioner.get(i));
        }
        return del;
    }

    private static List<String> forstaKolumnen(List<Sektion> del, String rubrik) {
        return del.stream().filter(s -> s.rubrik().equals(rubrik)).flatMap(s -> s.block().stream())
                .filter(Dokument.Tabell.class::isInstance).map(Dokument.Tabell.class::cast).findFirst()
                .map(t -> t.rader().stream().map(List::getFirst).toList()).orElse(List.of());
    }

    @Test
    void the_groups_come_in_the_plans_order_with_those_outside_the_plans_last() {
        assertThat(rapport().grupper()).extracting(Placering::malomrade).containsExactly("God och nära vård", "Ekonomi i balans", null);
        assertThat(rapport().grupper()).allMatch(g -> g.nummer() == null).last().isEqualTo(Placering.UTAN_PLAN);
    }

    @Test
    void each_row_tillkommande_indicator_effect_and_amount_is_in_the_part_of_its_malomrade() {
        var dokument = Uppfoljningsdokument.av(rapport(), T, "Region Exempel", LocalDate.of(2026, 11, 1));

        assertThat(dokument.sektioner().stream().filter(s -> s.niva() == 1).map(Sektion::rubrik).toList()).containsSubsequence(
                "Antal uppdrag", "Försenad återredovisning", DEL_VARD, DEL_EKONOMI, UTANFOR, "Ekonomi per plan och målområde (kr)",
                "Ekonomi per enhet (kr)", "Ekonomi per uppdragsgivare (kr)");
        var vard = del(dokument, DEL_VARD);
        assertThat(vard).extracting(Sektion::rubrik).containsExactly(DEL_VARD, "Status", "Uppdrag och status",
                "Tillkommande uppdrag under perioden", "Indikatorer", "Effekthemtagning", "Ekonomi (kr)");
        assertThat(forstaKolumnen(vard, "Uppdrag och status")).containsExactly("(1) Vård 1", "(2) Vård 2");
        assertThat(forstaKolumnen(vard, "Tillkommande uppdrag under perioden")).as("Vård 2 was in the plan when adopted")
                .containsExactly("(1) Vård 1");
        assertThat(forstaKolumnen(vard, "Indikatorer")).containsExactly("God och nära vård: Ett mål");
        assertThat(forstaKolumnen(vard, "Effekthemtagning")).containsExactly("(1) Vård 1");
        assertThat(forstaKolumnen(vard, "Ekonomi (kr)")).containsExactly("Vård 1", "Summa");

        var ekonomi = del(dokument, DEL_EKONOMI);
        assertThat(ekonomi).extracting(Sektion::rubrik).containsExactly(DEL_EKONOMI, "Status", "Uppdrag och status",
                "Tillkommande uppdrag under perioden", "Indikatorer", "Ekonomi (kr)");
        assertThat(forstaKolumnen(ekonomi, "Uppdrag och status")).containsExactly("(1) Ekonomi 1");
        assertThat(forstaKolumnen(ekonomi, "Ekonomi (kr)")).containsExactly("Ekonomi 1", "Summa");
        assertThat(ekonomi.stream().filter(s -> s.rubrik().equals("Indikatorer")).findFirst().orElseThrow().block())
                .singleElement().satisfies(b -> assertThat(((Dokument.Tabell) b).rader()).extracting(r -> r.get(1))
                        .containsExactly("Budget i balans"));

        var utanfor = del(dokument, UTANFOR);
        assertThat(forstaKolumnen(utanfor, "Uppdrag och status")).containsExactly("Utanför");
        assertThat(forstaKolumnen(utanfor, "Indikatorer")).isEmpty();
    }

    @Test
    void a_part_shows_its_statuses_as_a_stacked_bar_and_in_a_table_of_counts() {
        var vard = del(Uppfoljningsdokument.av(rapport(), T, "Region Exempel", LocalDate.of(2026, 11, 1)), DEL_VARD);

        var status = vard.stream().filter(s -> s.rubrik().equals("Status")).findFirst().orElseThrow();
        assertThat(status.niva()).isEqualTo(2);
        var diagram = (Dokument.Diagram) status.block().get(0);
        var tabell = (Dokument.Tabell) status.block().get(1);
        assertThat(diagram.stapling()).isEqualTo(Dokument.Diagram.Stapling.STAPLAD);
        assertThat(diagram.kategorier()).containsExactly(DEL_VARD);
        assertThat(diagram.serier()).extracting(Dokument.Diagram.Serie::namn)
                .containsExactly("Grön", "Gul", "Röd", "Ingen statusrapport", "Genomförd", "Pausad", "Struken");
        assertThat(tabell.rubriker()).isEqualTo(diagram.serier().stream().map(Dokument.Diagram.Serie::namn).toList());
        assertThat(tabell.rader()).containsExactly(List.of("1", "0", "1", "0", "0", "0", "0"));
        assertThat(diagram.alt()).contains("2 uppdragen", "God och nära vård", "Grön 1", "Röd 1");
    }

    @Test
    void the_money_per_malomrade_is_drawn_as_grouped_bars_before_its_table_with_the_total() {
        var dokument = Uppfoljningsdokument.av(rapport(), T, "Region Exempel", LocalDate.of(2026, 11, 1));

        var sektion = dokument.sektioner().stream().filter(s -> s.rubrik().equals("Ekonomi per plan och målområde (kr)"))
                .findFirst().orElseThrow();
        var diagram = sektion.block().stream().filter(Dokument.Diagram.class::isInstance).map(Dokument.Diagram.class::cast)
                .findFirst().orElseThrow();
        assertThat(diagram.stapling()).isEqualTo(Dokument.Diagram.Stapling.GRUPPERAD);
        assertThat(diagram.kategorier()).containsExactly(DEL_VARD, DEL_EKONOMI, UTANFOR);
        assertThat(diagram.serier()).extracting(Dokument.Diagram.Serie::namn).containsExactly("Budget", "Prognos", "Utfall");
        assertThat(diagram.serier().getFirst().staplar()).extracting(Dokument.Diagram.Stapel::varde)
                .containsExactly(1_000_000d, 300_000d, 50_000d);
        assertThat(diagram.serier().get(1).staplar().get(2).text()).as("no prognosis outside the plans").isEqualTo("–");
        var tabell = (Dokument.Tabell) sektion.block().getLast();
        assertThat(tabell.rader()).extracting(List::getFirst).containsExactly(DEL_VARD, DEL_EKONOMI, UTANFOR, "Summa");
        assertThat(sektion.block().indexOf(diagram)).isLessThan(sektion.block().indexOf(tabell));
    }

    @Test
    void a_summary_opens_its_part_and_a_part_without_one_has_none() {
        var rapport = rapport();
        var dokument = Uppfoljningsdokument.av(rapport, T, "Region Exempel", LocalDate.of(2026, 11, 1),
                Map.of(rapport.grupper().getFirst(), "  Arbetet går enligt plan i de flesta uppdragen.  "));

        assertThat(del(dokument, DEL_VARD).getFirst().block()).singleElement()
                .isEqualTo(Dokument.Stycke.av("Arbetet går enligt plan i de flesta uppdragen."));
        assertThat(del(dokument, DEL_EKONOMI).getFirst().block()).isEmpty();
        assertThat(Uppfoljningsdokument.av(rapport, T, "Region Exempel", LocalDate.of(2026, 11, 1)))
                .as("the four-argument form has no summaries").isEqualTo(Uppfoljningsdokument.av(rapport, T, "Region Exempel",
                        LocalDate.of(2026, 11, 1), Map.of()));
    }

    @Test
    void the_report_per_malomrade_with_its_pictures_is_a_valid_pdf_a_2a_and_pdf_ua_1_and_its_xlsx_has_the_tables()
            throws Exception {
        var dokument = Uppfoljningsdokument.av(rapport(), T, "Region Exempel", LocalDate.of(2026, 11, 1));

        assertThat(se.uppdrag.PdfA.fel(se.uppdrag.dokument.DokumentPdf.skriv(dokument, "Uppföljningsrapport", "Uppföljningsrapport",
                se.uppdrag.dokument.DokumentPdf.Sida.LIGGANDE))).isEmpty();
        try (var bok = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(
                se.uppdrag.dokument.DokumentXlsx.skriv(dokument)))) {
            assertThat(bok.getSheet("Ekonomi per plan och målområde").getRow(3).getCell(0).getStringCellValue())
                    .isEqualTo(UTANFOR);
            assertThat(bok.getSheet("Status").getRow(1).getCell(0).getNumericCellValue()).isEqualTo(1d);
        }
    }

    private static Planplacering i(MalomradeId malomrade, String nummer) {
        return new Planplacering(PLAN.id(), malomrade, nummer, PLAN.antagenAv(), List.of());
    }

    private static Statusrapport rapport(Statusrapport.Ljus ljus, @Nullable String prognos, @Nullable String utfall,
            @Nullable String effekt) {
        return new Statusrapport("Maria Berg", LocalDate.of(2026, 9, 15).atTime(9, 0).atZone(STOCKHOLM).toInstant(), ljus,
                Statusrapport.Trend.OFORANDRAD, "Kommentar", new Resultat(prognos == null ? null : new BigDecimal(prognos),
                        utfall == null ? null : new BigDecimal(utfall), effekt));
    }

    private Uppfoljningsunderlag u(String titel, LocalDate beslut, Planplacering plan, @Nullable String budget,
            @Nullable String effekt, Statusrapport... rapporter) {
        return new Uppfoljningsunderlag(new UppdragId(data.size() + 1L), null, titel, "Koncernkontoret", UppdragStatus.PAGAENDE,
                beslut, LocalDate.of(2027, 6, 30), "Maria Berg", List.of("Karin Ek"), null, List.of(), List.of(rapporter), plan,
                null, budget == null ? null : new BigDecimal(budget), effekt);
    }
}
