package se.uppdrag.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.uppdrag.uppdrag.HandelseTyp;
import se.uppdrag.uppdrag.UppdragId;
import se.uppdrag.uppdrag.UppdragStatus;
import se.uppdrag.uppdrag.Uppfoljningsunderlag;
import se.uppdrag.uppdrag.Uppfoljningsunderlag.Statusandring;

/** Time spent paused does not count towards lateness: the återredovisning moves on by the days the uppdrag stood paused. */
class PausadTidTest {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    private static final Rapportperiod HELARET = new Rapportperiod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));

    private static Statusandring steg(HandelseTyp typ, LocalDate dag) {
        return new Statusandring(dag.atTime(10, 0).atZone(STOCKHOLM).toInstant(), typ, "Väntar på budget");
    }

    private static Uppfoljningsunderlag u(LocalDate slutleverans, Statusandring... steg) {
        return new Uppfoljningsunderlag(new UppdragId(1), null, "Pausat en månad", "Koncernkontoret", UppdragStatus.PAGAENDE,
                LocalDate.of(2026, 1, 15), slutleverans, "Maria Berg", List.of("Karin Ek"), null, List.of(steg), List.of());
    }

    private static Uppfoljningsrapport per(LocalDate dag, Uppfoljningsunderlag u) {
        return Uppfoljningsberakning.berakna(HELARET, null, dag, STOCKHOLM, List.of(u));
    }

    @Test
    void an_uppdrag_paused_for_30_days_is_due_30_days_later_and_late_only_after_that() {
        var u = u(LocalDate.of(2026, 6, 30), steg(HandelseTyp.PAUSAT, LocalDate.of(2026, 3, 1)),
                steg(HandelseTyp.ATERUPPTAGET, LocalDate.of(2026, 3, 31)));

        assertThat(per(LocalDate.of(2026, 7, 30), u).forsenade()).as("on the moved day itself").isEmpty();
        assertThat(per(LocalDate.of(2026, 7, 30), u).rader().getFirst().aterredovisasSenast()).isEqualTo(LocalDate.of(2026, 7, 30));
        assertThat(per(LocalDate.of(2026, 8, 9), u).forsenade()).singleElement()
                .satisfies(f -> assertThat(f.dagar()).isEqualTo(10));
    }

    @Test
    void two_pauses_add_up_and_a_pause_running_on_the_report_day_counts_to_that_day() {
        var steg = List.of(steg(HandelseTyp.PAUSAT, LocalDate.of(2026, 2, 1)), steg(HandelseTyp.ATERUPPTAGET, LocalDate.of(2026, 2, 11)),
                steg(HandelseTyp.PAUSAT, LocalDate.of(2026, 5, 1)), steg(HandelseTyp.ATERUPPTAGET, LocalDate.of(2026, 5, 6)),
                steg(HandelseTyp.PAUSAT, LocalDate.of(2026, 9, 1)));

        assertThat(Uppfoljningsunderlag.pausadeDagar(steg, LocalDate.of(2026, 9, 11), STOCKHOLM)).isEqualTo(10 + 5 + 10);
    }

    @Test
    void without_a_pause_nothing_moves() {
        var u = u(LocalDate.of(2026, 6, 30));

        assertThat(per(LocalDate.of(2026, 7, 1), u).forsenade()).singleElement().satisfies(f -> assertThat(f.dagar()).isEqualTo(1));
    }
}
