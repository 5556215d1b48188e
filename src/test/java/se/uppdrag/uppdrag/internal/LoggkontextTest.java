package se.uppdrag.uppdrag.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import se.uppdrag.TestFolk;
import se.uppdrag.uppdrag.ProcessTestBase;
import se.uppdrag.uppdrag.Remissvar;
import se.uppdrag.uppdrag.Uppdragshandelse;

/** Whatever is logged while an action runs says which uppdrag and task it concerns (the log context, MDC). */
@Import(LoggkontextTest.Avlyssning.class)
class LoggkontextTest extends ProcessTestBase {

    /** Notes the log context at each step of an uppdrag, as a log line written then would carry it. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Avlyssning {

        final List<String> kontexter = new ArrayList<>();

        @Bean
        Avlyssning avlyssning() {
            return this;
        }

        @EventListener
        void steg(Uppdragshandelse handelse) {
            kontexter.add(handelse.typ() + " uppdrag=" + MDC.get(Loggkontext.UPPDRAG) + " uppgift=" + MDC.get(Loggkontext.UPPGIFT));
        }
    }

    @Autowired
    Avlyssning avlyssning;

    @Test
    void a_step_on_a_task_runs_with_the_task_and_one_on_the_uppdrag_with_the_uppdrag_in_the_log_context_and_neither_stays() {
        var id = nyttUtkast();
        remiss.skickaPaRemiss(uppgift(TestFolk.AGARE, id, "utkast").id(), List.of(person(TestFolk.MEDLEM)),
                java.time.LocalDate.now(klocka).plusDays(7));
        var svar = uppgift(TestFolk.MEDLEM, id, "remissvar");
        var pagaende = faststalltUppdrag();
        avlyssning.kontexter.clear();

        folk.loggaIn(TestFolk.MEDLEM);
        remiss.svara(svar.id(), Remissvar.Svar.GODKANT, null);
        folk.loggaIn(TestFolk.GIVARE);
        atgarder.pausa(pagaende, "Budgeten ses över");

        assertThat(avlyssning.kontexter).contains("REMISSVAR uppdrag=null uppgift=" + svar.id(),
                "PAUSAT uppdrag=" + pagaende.value() + " uppgift=null");
        assertThat(MDC.get(Loggkontext.UPPDRAG)).isNull();
        assertThat(MDC.get(Loggkontext.UPPGIFT)).isNull();
    }
}
