package se.uppdrag.uppdrag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import se.uppdrag.TestFolk;
import se.uppdrag.uppdrag.internal.RapportdatumRepository;

/**
 * The administrator's schedule in the database, and the running processes' status timers moved to it when it changes,
 * on the engine itself: the request then goes out on the new date, with its due date and reminders as before.
 */
class StatustimrarTest extends ProcessTestBase {

    @Autowired
    StatusrapportschemaService schema;
    @Autowired
    RapportdatumRepository rapportdatum;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @AfterEach
    void tillbakaTillKonfigurationen() {
        // the schedule is the whole application's: the next test finds the configured dates again
        se.uppdrag.SomAdministrator.gor(() -> {
            rapportdatum.deleteAll();
            return null;
        });
    }

    @Test
    void before_an_administrator_saves_any_dates_the_configured_ones_count() {
        folk.loggaIn(TestFolk.ADMINISTRATOR);
        assertThat(schema.schema().text(Statusrapportering.HALVAR)).isEqualTo("04-15, 10-15");
        assertThat(schema.schema().text(Statusrapportering.TERTIAL)).isEqualTo("01-15, 05-15, 09-15");
    }

    @Test
    void new_dates_move_the_waiting_timer_and_the_request_goes_out_on_the_new_date() {
        klocka.till(LocalDate.of(2026, 11, 23));
        var id = faststalltUppdrag(); // quarterly: the timer waits for 12-15
        assertThat(timern(id)).isEqualTo(LocalDate.of(2026, 12, 15).atTime(LocalTime.of(8, 0)));

        folk.loggaIn(TestFolk.ADMINISTRATOR);
        var flyttade = schema.spara(RapportschemaTest.text("04-15, 10-15", "01-10, 04-10, 07-10, 10-10", "01-15, 05-15, 09-15"), null);

        assertThat(flyttade).isGreaterThanOrEqualTo(1);
        assertThat(timern(id)).isEqualTo(LocalDate.of(2027, 1, 10).atTime(LocalTime.of(8, 0)));
        folk.loggaIn(TestFolk.ADMINISTRATOR);
        assertThat(schema.schema().text(Statusrapportering.KVARTAL)).isEqualTo("01-10, 04-10, 07-10, 10-10");

        tidTill(LocalDate.of(2026, 12, 16));
        assertThat(uppgifter(TestFolk.TAGARE, id, "statusrapport")).isEmpty();
        assertThat(begardaPerPost()).isZero();
        tidTill(LocalDate.of(2027, 1, 10));
        var begaran = uppgift(TestFolk.TAGARE, id, "statusrapport");
        assertThat(begardaPerPost()).as("the request's mail is in the outbox").isEqualTo(1);
        assertThat(begaran.forfaller()).isEqualTo(LocalDate.of(2027, 1, 24));
        // answered, the next request waits for the next of the new dates
        genomforande.lamnaStatusrapport(begaran.id(), Statusrapport.Ljus.GRON, Statusrapport.Trend.POSITIV, "Enligt plan");
        assertThat(timern(id)).isEqualTo(LocalDate.of(2027, 4, 10).atTime(LocalTime.of(8, 0)));
    }

    @Test
    void a_paused_uppdrag_keeps_its_timer_while_paused_and_takes_the_new_date_when_resumed() {
        klocka.till(LocalDate.of(2026, 11, 23));
        var id = faststalltUppdrag();
        folk.loggaIn(TestFolk.GIVARE);
        atgarder.pausa(id, "Pandemin");
        folk.loggaIn(TestFolk.ADMINISTRATOR);
        schema.spara(RapportschemaTest.text("04-15, 10-15", "01-10, 04-10, 07-10, 10-10", "01-15, 05-15, 09-15"), null);
        var process = runtime.createProcessInstanceQuery().processInstanceBusinessKey(String.valueOf(id.value())).singleResult();
        assertThat(management.createTimerJobQuery().processInstanceId(process.getId()).count()).as("suspended").isZero();

        folk.loggaIn(TestFolk.GIVARE);
        atgarder.ateruppta(id);

        assertThat(timern(id)).isEqualTo(LocalDate.of(2027, 1, 10).atTime(LocalTime.of(8, 0)));
    }

    @Test
    void a_refused_date_changes_nothing_neither_the_schedule_nor_the_timers() {
        klocka.till(LocalDate.of(2026, 11, 23));
        var id = faststalltUppdrag();
        folk.loggaIn(TestFolk.ADMINISTRATOR);
        assertThatThrownBy(() -> schema.spara(RapportschemaTest.text("04-15, 10-15", "01-10, 02-30", "01-15"), null))
                .isInstanceOfSatisfying(RapportschemaFelException.class,
                        fel -> assertThat(fel.rapportering()).isEqualTo(Statusrapportering.KVARTAL))
                .hasMessage("02-30 är inte ett datum som finns.");
        assertThat(schema.schema().text(Statusrapportering.KVARTAL)).isEqualTo("03-15, 06-15, 09-15, 12-15");
        assertThat(timern(id)).isEqualTo(LocalDate.of(2026, 12, 15).atTime(LocalTime.of(8, 0)));
    }

    @Test
    void only_an_administrator_keeps_the_schedule() {
        folk.loggaIn(TestFolk.AGARE);
        assertThatThrownBy(() -> schema.spara(RapportschemaTest.text("04-15", "03-15", "05-15"), null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> schema.schema()).isInstanceOf(AccessDeniedException.class);
    }

    /** The uppdragstagare's mails in the outbox asking for a status report. */
    private int begardaPerPost() {
        return jdbc.queryForObject("select count(*) from utgaende_post where person_id = ? and amne like ?", Integer.class,
                person(TestFolk.TAGARE).value(), "%dags för statusrapport");
    }

    /** When the uppdrag's status timer fires, in the region's time. */
    private java.time.LocalDateTime timern(UppdragId id) {
        var process = runtime.createProcessInstanceQuery().processInstanceBusinessKey(String.valueOf(id.value())).singleResult();
        var jobb = management.createTimerJobQuery().processInstanceId(process.getId()).elementId("statusTimer").singleResult();
        return java.time.LocalDateTime.ofInstant(jobb.getDuedate().toInstant(), klocka.getZone());
    }
}
