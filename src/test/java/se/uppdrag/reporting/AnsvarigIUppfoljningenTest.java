package se.uppdrag.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import se.uppdrag.dokument.Dokument;
import se.uppdrag.reporting.internal.Uppfoljningsdokument;
import se.uppdrag.uppdrag.Planplacering;
import se.uppdrag.uppdrag.UppdragId;
import se.uppdrag.uppdrag.UppdragStatus;
import se.uppdrag.uppdrag.Uppfoljningsunderlag;

/** The report's Ansvarig column names the unit or role the tidplan makes responsible in follow-up, else the uppdragstagare. */
class AnsvarigIUppfoljningenTest {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    private static final Rapportperiod FORSTA_HALVARET = Rapportperiod.halvaret(LocalDate.of(2026, 3, 1));

    private static Uppfoljningsunderlag u(long id, String titel, LocalDate slutleverans, @Nullable String ansvarigIUppfoljning) {
        return new Uppfoljningsunderlag(new UppdragId(id), null, titel, "Koncernkontoret", UppdragStatus.PAGAENDE,
                LocalDate.of(2026, 2, 1), slutleverans, "Maria Berg", List.of("Karin Ek"), null, List.of(), List.of(),
                Planplacering.INGEN, ansvarigIUppfoljning);
    }

    private static Uppfoljningsrapport rapport() {
        return Uppfoljningsberakning.berakna(FORSTA_HALVARET, null, LocalDate.of(2026, 6, 30), STOCKHOLM, List.of(
                u(1, "Kostnadsanalys", LocalDate.of(2026, 12, 1), "CIFU"),
                u(2, "Vårdplatser", LocalDate.of(2026, 12, 1), null),
                u(3, "Budgetprocessen", LocalDate.of(2026, 5, 31), "Ekonomidirektör")));
    }

    @Test
    void the_table_the_added_and_the_late_name_the_unit_responsible_in_follow_up_and_otherwise_the_uppdragstagare() {
        var rapport = rapport();
        assertThat(rapport.rader()).extracting(Uppfoljningsrapport.Rad::titel, Uppfoljningsrapport.Rad::ansvarig)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("Kostnadsanalys", "CIFU"),
                        org.assertj.core.groups.Tuple.tuple("Vårdplatser", "Maria Berg"),
                        org.assertj.core.groups.Tuple.tuple("Budgetprocessen", "Ekonomidirektör"));
        assertThat(rapport.tillkommande()).extracting(Uppfoljningsrapport.Tillkommande::ansvarig)
                .containsExactlyInAnyOrder("CIFU", "Maria Berg", "Ekonomidirektör");
        assertThat(rapport.forsenade()).extracting(Uppfoljningsrapport.Forsenat::ansvarig).containsExactly("Ekonomidirektör");
    }

    @Test
    void the_report_document_for_screen_pdf_and_xlsx_writes_the_unit_in_the_ansvarig_column() {
        var t = Rapporttexter.pa(Rapporttexter.SVENSKA);
        var dokument = Uppfoljningsdokument.av(rapport(), t, "Region Exempel", LocalDate.of(2026, 7, 1));
        var tabeller = dokument.sektioner().stream().flatMap(s -> s.block().stream())
                .filter(Dokument.Tabell.class::isInstance).map(Dokument.Tabell.class::cast)
                .filter(tabell -> tabell.rubriker().contains(t.text("rapport.kol.tidplan"))).toList();
        assertThat(tabeller).isNotEmpty();
        var kolumn = tabeller.getFirst().rubriker().indexOf(t.text("rapport.kol.ansvarig"));
        assertThat(tabeller.stream().flatMap(tabell -> tabell.rader().stream()).map(rad -> rad.get(kolumn)))
                .containsExactlyInAnyOrder("CIFU", "Maria Berg", "Ekonomidirektör");
    }
}
