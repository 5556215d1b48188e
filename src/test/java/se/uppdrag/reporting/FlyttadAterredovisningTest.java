package se.uppdrag.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import se.uppdrag.uppdrag.HandelseTyp;
import se.uppdrag.uppdrag.UppdragId;
import se.uppdrag.uppdrag.UppdragStatus;
import se.uppdrag.uppdrag.Uppfoljningsunderlag;
import se.uppdrag.uppdrag.Uppfoljningsunderlag.Statusandring;

/**
 * A moved återredovisning: the report uses the date as it stood on its day, counts pauses only after the move, and its
 * Kommentar column says what moved the clock in the period and why.
 */
class FlyttadAterredovisningTest {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    private static final Rapportperiod FORSTA = new Rapportperiod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30));
    private static final Rapportperiod ANDRA = new Rapportperiod(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 12, 31));
    private static final Rapporttexter SVENSKA = Rapporttexter.pa(Locale.of("sv", "SE"));

    private static Statusandring steg(HandelseTyp typ, LocalDate dag, String kommentar, @Nullable LocalDate datum) {
        return new Statusandring(dag.atTime(10, 0).atZone(STOCKHOLM).toInstant(), typ, kommentar, datum);
    }

    private static Statusandring flyttad(LocalDate dag, LocalDate fran, LocalDate till, String skal) {
        return steg(HandelseTyp.ATERREDOVISNING_FLYTTAD, dag, fran + " → " + till + ": " + skal, till);
    }

    private static Uppfoljningsunderlag u(@Nullable LocalDate slutleverans, Statusandring... steg) {
        return new Uppfoljningsunderlag(new UppdragId(1), null, "Flyttat en gång", "Koncernkontoret", UppdragStatus.PAGAENDE,
                LocalDate.of(2026, 1, 15), slutleverans, "Maria Berg", List.of("Karin Ek"), null, List.of(steg), List.of());
    }

    private static Uppfoljningsrapport.Rad rad(Rapportperiod period, LocalDate dag, Uppfoljningsunderlag u) {
        return Uppfoljningsberakning.berakna(period, null, dag, STOCKHOLM, List.of(u)).rader().getFirst();
    }

    @Test
    void the_report_uses_the_date_as_it_stood_on_its_day() {
        var u = u(LocalDate.of(2026, 6, 30), flyttad(LocalDate.of(2026, 8, 20), LocalDate.of(2026, 6, 30),
                LocalDate.of(2026, 11, 30), "Väntar på budget"));

        assertThat(Uppfoljningsberakning.berakna(FORSTA, null, LocalDate.of(2026, 6, 30), STOCKHOLM, List.of(u)).forsenade())
                .as("not late on the last day of the first half").isEmpty();
        assertThat(Uppfoljningsberakning.berakna(ANDRA, null, LocalDate.of(2026, 8, 10), STOCKHOLM, List.of(u)).forsenade())
                .as("late before the move").singleElement().satisfies(f -> assertThat(f.dagar()).isEqualTo(41));
        var efter = Uppfoljningsberakning.berakna(ANDRA, null, LocalDate.of(2026, 9, 1), STOCKHOLM, List.of(u));
        assertThat(efter.forsenade()).as("no longer late after it").isEmpty();
        assertThat(efter.rader().getFirst().aterredovisasSenast()).isEqualTo(LocalDate.of(2026, 11, 30));
    }

    @Test
    void a_moved_date_is_no_longer_the_90_day_rule() {
        var u = u(null, flyttad(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 15), LocalDate.of(2026, 9, 30), "Ny utredare"));

        var fore = rad(FORSTA, LocalDate.of(2026, 2, 1), u);
        var efter = rad(FORSTA, LocalDate.of(2026, 3, 2), u);
        assertThat(fore.utanSlutleverans()).isTrue();
        assertThat(fore.aterredovisasSenast()).isEqualTo(LocalDate.of(2026, 4, 15));
        assertThat(efter.utanSlutleverans()).isFalse();
        assertThat(SVENSKA.tidplan(efter)).doesNotContain("90").contains("2026-09-30");
    }

    @Test
    void only_days_paused_after_the_move_are_added_to_the_new_date() {
        var u = u(LocalDate.of(2026, 6, 30),
                steg(HandelseTyp.PAUSAT, LocalDate.of(2026, 2, 1), "Avvaktar", null),
                steg(HandelseTyp.ATERUPPTAGET, LocalDate.of(2026, 3, 3), null, null),
                steg(HandelseTyp.PAUSAT, LocalDate.of(2026, 4, 1), "Avvaktar igen", null),
                flyttad(LocalDate.of(2026, 4, 11), LocalDate.of(2026, 6, 30), LocalDate.of(2026, 10, 31), "Ny tidplan"),
                steg(HandelseTyp.ATERUPPTAGET, LocalDate.of(2026, 4, 21), null, null));

        assertThat(u.aterredovisasSenast(LocalDate.of(2026, 12, 1), STOCKHOLM))
                .as("the 30 days before the move are in the new date; the 10 after it are added").isEqualTo(LocalDate.of(2026, 11, 10));
    }

    @Test
    void the_next_reports_comment_says_what_moved_the_clock_and_why_after_the_status_comment() {
        var u = new Uppfoljningsunderlag(new UppdragId(1), null, "Flyttat en gång", "Koncernkontoret", UppdragStatus.PAGAENDE,
                LocalDate.of(2026, 1, 15), LocalDate.of(2026, 6, 30), "Maria Berg", List.of("Karin Ek"), null,
                List.of(steg(HandelseTyp.PAUSAT, LocalDate.of(2026, 3, 2), "Avvaktar budget", null),
                        steg(HandelseTyp.ATERUPPTAGET, LocalDate.of(2026, 4, 1), null, null),
                        flyttad(LocalDate.of(2026, 5, 4), LocalDate.of(2026, 7, 30), LocalDate.of(2026, 10, 31), "Ny tidplan")),
                List.of(new se.uppdrag.uppdrag.Statusrapport("Maria Berg", LocalDate.of(2026, 5, 10).atTime(9, 0)
                        .atZone(STOCKHOLM).toInstant(), se.uppdrag.uppdrag.Statusrapport.Ljus.GUL,
                        se.uppdrag.uppdrag.Statusrapport.Trend.POSITIV, "Arbetet är igång igen")));

        assertThat(SVENSKA.kommentar(rad(FORSTA, LocalDate.of(2026, 6, 30), u))).isEqualTo("Arbetet är igång igen"
                + " Pausat 2026-03-02–2026-04-01: Avvaktar budget."
                + " Återredovisningen flyttad 2026-05-04: 2026-07-30 → 2026-10-31: Ny tidplan.");
        assertThat(SVENSKA.kommentar(rad(ANDRA, LocalDate.of(2026, 9, 1), u))).as("the report after that: the status comment only")
                .isEqualTo("Arbetet är igång igen");
    }

    @Test
    void a_pause_that_still_lasts_is_the_comment_itself_and_not_said_twice() {
        var u = new Uppfoljningsunderlag(new UppdragId(1), null, "Pausat", "Koncernkontoret", UppdragStatus.PAUSAT,
                LocalDate.of(2026, 1, 15), LocalDate.of(2026, 6, 30), "Maria Berg", List.of("Karin Ek"), null,
                List.of(steg(HandelseTyp.PAUSAT, LocalDate.of(2026, 3, 2), "Avvaktar budget", null)), List.of());

        assertThat(SVENSKA.kommentar(rad(FORSTA, LocalDate.of(2026, 6, 30), u))).isEqualTo("Avvaktar budget");
    }
}
