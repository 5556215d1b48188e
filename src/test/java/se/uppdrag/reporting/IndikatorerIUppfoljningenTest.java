package se.uppdrag.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.uppdrag.dokument.Dokument;
import se.uppdrag.plan.Indikator;
import se.uppdrag.plan.Indikator.Arsvarde;
import se.uppdrag.plan.IndikatorId;
import se.uppdrag.plan.MalRef;
import se.uppdrag.plan.Malomrade;
import se.uppdrag.plan.MalomradeId;
import se.uppdrag.plan.Plan;
import se.uppdrag.plan.PlanId;
import se.uppdrag.reporting.internal.Uppfoljningsdokument;

/** The report has a table of its plans' indicators for the year the period ends: the year before, the target, the outcome. */
class IndikatorerIUppfoljningenTest {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    private static final Rapportperiod FORSTA_HALVARET = new Rapportperiod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30));
    private static final MalomradeId VARD = new MalomradeId(11);
    private static final Plan PLAN = new Plan(new PlanId(1), "Regionstyrelsens verksamhetsplan 2026", 2026, 2026,
            LocalDate.of(2026, 2, 10), "Regionstyrelsen", List.of(new Malomrade(VARD, "God och nära vård", List.of("Vård i hemmet"))));
    private static final MalRef MAL = new MalRef(5, VARD, "God och nära vård", "Vård i hemmet");
    private static final Indikator HEMSJUKVARD = new Indikator(new IndikatorId(1), PLAN.id(), MAL, "Andel i hemsjukvård",
            Indikator.Slag.KVANTITATIV, "procent", Indikator.Riktning.HOGRE_AR_BATTRE, List.of(
                    new Arsvarde(2025, null, new BigDecimal("12.5"), null, null),
                    new Arsvarde(2026, new BigDecimal("15"), new BigDecimal("1234.5"), null, null)));
    private static final Indikator ANNAN_PLAN = new Indikator(new IndikatorId(2), new PlanId(99), MAL, "Inte med", Indikator.Slag.KVALITATIV,
            null, Indikator.Riktning.HOGRE_AR_BATTRE, List.of());

    private static Uppfoljningsrapport rapport(List<Indikator> indikatorer) {
        return Uppfoljningsberakning.berakna(FORSTA_HALVARET, null, LocalDate.of(2026, 6, 30), STOCKHOLM, List.of(),
                Map.of(PLAN.id(), PLAN), indikatorer);
    }

    @Test
    void the_indicator_table_has_each_indicators_figures_for_the_reports_year_and_the_one_before() {
        var dokument = Uppfoljningsdokument.av(rapport(List.of(HEMSJUKVARD, ANNAN_PLAN)), Rapporttexter.pa(Locale.of("sv", "SE")),
                "Region Exempel", LocalDate.of(2026, 7, 1));

        assertThat(dokument.sektioner()).as("its målområde is a part of the report, though no uppdrag is in it")
                .extracting(Dokument.Sektion::rubrik).containsSubsequence("Regionstyrelsens verksamhetsplan 2026 – God och nära vård",
                        "Uppdrag och status", "Indikatorer");
        var sektion = dokument.sektioner().stream().filter(s -> s.rubrik().startsWith("Indikatorer")).toList();
        assertThat(sektion).singleElement().satisfies(s -> {
            assertThat(s.niva()).isEqualTo(2);
            var tabell = (Dokument.Tabell) s.block().getFirst();
            assertThat(tabell.rubriker()).containsExactly("Mål", "Indikator", "Utfall 2025", "Mål 2026", "Utfall 2026", "Status", "Trend");
            assertThat(tabell.rader()).as("only the indicators of the report's plans").singleElement()
                    .extracting(rad -> rad.stream().map(c -> c.replaceAll("[\\u00a0\\u202f]", " ")).toList()).isEqualTo(List.of(
                    "God och nära vård: Vård i hemmet", "Andel i hemsjukvård (procent)", "12,5", "15", "1 234,5", "Uppfyllt", "Positiv"));
        });
    }

    @Test
    void without_indicators_the_report_has_no_indicator_table() {
        var dokument = Uppfoljningsdokument.av(rapport(List.of()), Rapporttexter.pa(Locale.of("sv", "SE")), "Region Exempel",
                LocalDate.of(2026, 7, 1));
        assertThat(dokument.sektioner()).noneMatch(s -> s.rubrik().startsWith("Indikatorer"));
    }
}
