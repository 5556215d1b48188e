package se.uppdrag.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
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
import se.uppdrag.reporting.Uppfoljningsrapport.Rad;
import se.uppdrag.reporting.Uppfoljningsrapport.Tillkommande;
import se.uppdrag.reporting.internal.Uppfoljningsdokument;
import se.uppdrag.uppdrag.Planplacering;
import se.uppdrag.uppdrag.UppdragId;
import se.uppdrag.uppdrag.UppdragStatus;
import se.uppdrag.uppdrag.Uppfoljningsunderlag;

/** The follow-up by plan: tillkommande after the plan's adoption day, and the tables grouped by plan and målområde. */
class PlanerIUppfoljningenTest {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    private static final Rapportperiod HELARET = new Rapportperiod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
    private static final LocalDate ANTAGEN = LocalDate.of(2026, 2, 10);
    private static final MalomradeId VARD = new MalomradeId(11);
    private static final MalomradeId EKONOMI = new MalomradeId(12);
    private static final Plan PLAN = new Plan(new PlanId(1), "Regionstyrelsens verksamhetsplan 2026", 2026, 2026, ANTAGEN,
            "Regionstyrelsen", List.of(new Malomrade(VARD, "God och nära vård", List.of("Kortare väntetider")),
                    new Malomrade(EKONOMI, "Ekonomi i balans", List.of())));
    private static final Plan UTKAST = new Plan(new PlanId(2), "Hälso- och sjukvårdsnämndens plan 2027", 2027, 2027, null,
            "Hälso- och sjukvårdsnämnden", List.of());

    private final List<Uppfoljningsunderlag> data = new ArrayList<>();

    private Uppfoljningsrapport rapport() {
        return Uppfoljningsberakning.berakna(HELARET, null, LocalDate.of(2026, 11, 1), STOCKHOLM, data,
                Map.of(PLAN.id(), PLAN, UTKAST.id(), UTKAST));
    }

    @Test
    void an_uppdrag_decided_on_the_adoption_day_was_in_the_plan_and_one_decided_the_day_after_is_tillkommande() {
        data.add(u("På antagningsdagen", ANTAGEN, i(PLAN, VARD, "1")));
        data.add(u("Dagen efter", ANTAGEN.plusDays(1), i(PLAN, VARD, "2")));
        data.add(u("Före antagandet", ANTAGEN.minusDays(30), i(PLAN, EKONOMI, "3")));

        var rapport = rapport();

        assertThat(rapport.tillkommande()).extracting(Tillkommande::titel).containsExactly("Dagen efter");
        assertThat(rapport.antal().nya()).as("every uppdrag decided in the period is new").isEqualTo(3);
    }

    @Test
    void nothing_of_a_plan_not_yet_adopted_is_tillkommande_but_an_uppdrag_outside_every_plan_is() {
        data.add(u("I planen under beredning", LocalDate.of(2026, 9, 1), i(UTKAST, null, null)));
        data.add(u("Utanför planerna", LocalDate.of(2026, 9, 2), Planplacering.INGEN));

        assertThat(rapport().tillkommande()).extracting(Tillkommande::titel).containsExactly("Utanför planerna");
    }

    @Test
    void rows_come_by_plan_then_by_the_plans_order_of_malomraden_then_by_number_with_those_outside_the_plans_last() {
        data.add(u("Utanför", LocalDate.of(2026, 3, 1), Planplacering.INGEN));
        data.add(u("Ekonomi 1", LocalDate.of(2026, 3, 1), i(PLAN, EKONOMI, "1")));
        data.add(u("Vård 10", LocalDate.of(2026, 3, 1), i(PLAN, VARD, "10")));
        data.add(u("Vård 2", LocalDate.of(2026, 3, 1), i(PLAN, VARD, "2")));

        var rader = rapport().rader();

        assertThat(rader).extracting(Rad::titel).containsExactly("Vård 2", "Vård 10", "Ekonomi 1", "Utanför");
        assertThat(rader).extracting(Rapporttexter::uppdrag).containsExactly("(2) Vård 2", "(10) Vård 10", "(1) Ekonomi 1", "Utanför");
    }

    @Test
    void numbers_compare_as_the_plan_counts_them() {
        assertThat(Uppfoljningsberakning.naturligt("RS 2", "RS 10")).isNegative();
        assertThat(Uppfoljningsberakning.naturligt("10", "9")).isPositive();
        assertThat(Uppfoljningsberakning.naturligt("I", "II")).isNegative();
        assertThat(Uppfoljningsberakning.naturligt("7 a", "7")).isPositive();
    }

    @Test
    void the_document_has_one_part_per_plan_and_malomrade_and_one_for_those_outside_the_plans_each_with_its_status_table() {
        data.add(u("Vård 1", LocalDate.of(2026, 3, 1), i(PLAN, VARD, "1")));
        data.add(u("Ekonomi 1", LocalDate.of(2026, 3, 1), i(PLAN, EKONOMI, "1")));
        data.add(u("Utanför", LocalDate.of(2026, 3, 1), Planplacering.INGEN));

        var dokument = Uppfoljningsdokument.av(rapport(), Rapporttexter.pa(Locale.of("sv", "SE")), "Region Exempel",
                LocalDate.of(2026, 11, 1));

        var delar = dokument.sektioner().stream().filter(s -> s.niva() == 1).map(Dokument.Sektion::rubrik).toList();
        assertThat(delar).containsSubsequence("Regionstyrelsens verksamhetsplan 2026 – God och nära vård",
                "Regionstyrelsens verksamhetsplan 2026 – Ekonomi i balans", "Uppdrag utanför planerna");
        var sektioner = dokument.sektioner();
        for (var del : List.of("God och nära vård", "Ekonomi i balans")) {
            var start = delar.indexOf("Regionstyrelsens verksamhetsplan 2026 – " + del);
            var index = sektioner.stream().map(Dokument.Sektion::rubrik).toList().indexOf(delar.get(start));
            var status = sektioner.subList(index + 1, sektioner.size()).stream()
                    .filter(s -> s.rubrik().equals("Uppdrag och status")).findFirst().orElseThrow();
            assertThat(status.niva()).isEqualTo(2);
            assertThat(((Dokument.Tabell) status.block().getFirst()).rader()).extracting(List::getFirst)
                    .containsExactly("(1) " + (del.startsWith("God") ? "Vård 1" : "Ekonomi 1"));
        }
    }

    @Test
    void without_any_plan_the_document_keeps_its_single_status_table() {
        data.add(u("Utanför", LocalDate.of(2026, 3, 1), Planplacering.INGEN));

        var dokument = Uppfoljningsdokument.av(rapport(), Rapporttexter.pa(Locale.of("sv", "SE")), "Region Exempel",
                LocalDate.of(2026, 11, 1));

        assertThat(dokument.sektioner().subList(1, dokument.sektioner().size())).extracting(Dokument.Sektion::rubrik)
                .containsExactly("Antal uppdrag", "Uppdrag och status", "Tillkommande uppdrag under perioden",
                        "Försenad återredovisning");
        assertThat(dokument.sektioner()).allMatch(s -> s.niva() == 1)
                .noneMatch(s -> s.block().stream().anyMatch(Dokument.Diagram.class::isInstance));
    }

    private static Planplacering i(Plan plan, @Nullable MalomradeId malomrade, @Nullable String nummer) {
        return new Planplacering(plan.id(), malomrade, nummer, plan.antagenAv(), List.of());
    }

    private Uppfoljningsunderlag u(String titel, LocalDate beslut, Planplacering plan) {
        return new Uppfoljningsunderlag(new UppdragId(data.size() + 1L), null, titel, "Koncernkontoret", UppdragStatus.PAGAENDE,
                beslut, LocalDate.of(2027, 6, 30), "Maria Berg", List.of("Karin Ek"), null, List.of(), List.of(), plan);
    }
}
