package se.uppdrag.uppdrag.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Autowired;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.event.ApplicationEventMulticaster;
import org.springframework.context.support.AbstractApplicationContext;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import se.uppdrag.TestFolk;
import se.uppdrag.uppdrag.ProcessTestBase;
import se.uppdrag.uppdrag.Remissvar;
import se.uppdrag.uppdrag.Uppdragshandelse;

/** Whatever is logged while an action runs says which uppdrag and task it concerns (the log context, MDC). */
@ExtendWith(OutputCaptureExtension.class)
class LoggkontextTest extends ProcessTestBase {

    @Autowired
    ConfigurableApplicationContext kontext;

    /** Notes the log context at each step of an uppdrag, as a log line written then would carry it. */
    private final List<String> kontexter = new ArrayList<>();
    private final ApplicationListener<PayloadApplicationEvent<Uppdragshandelse>> avlyssning = e -> {
        kontexter.add(e.getPayload().typ() + " uppdrag=" + MDC.get(Loggkontext.UPPDRAG) + " uppgift=" + MDC.get(Loggkontext.UPPGIFT));
        LOGG.info("Steg i loggen: {}", e.getPayload().typ());
    };
    private static final org.slf4j.Logger LOGG = org.slf4j.LoggerFactory.getLogger(LoggkontextTest.class);

    @BeforeEach
    void lyssna() {
        kontext.addApplicationListener(avlyssning);
    }

    @AfterEach
    void slutaLyssna() {
        kontext.getBean(AbstractApplicationContext.APPLICATION_EVENT_MULTICASTER_BEAN_NAME, ApplicationEventMulticaster.class)
                .removeApplicationListener(avlyssning);
    }

    @Test
    void a_step_on_a_task_runs_with_the_task_and_one_on_the_uppdrag_with_the_uppdrag_in_the_log_context_and_neither_stays() {
        var id = nyttUtkast();
        remiss.skickaPaRemiss(uppgift(TestFolk.AGARE, id, "utkast").id(), List.of(person(TestFolk.MEDLEM)),
                java.time.LocalDate.now(klocka).plusDays(7));
        var svar = uppgift(TestFolk.MEDLEM, id, "remissvar");
        var pagaende = faststalltUppdrag();
        kontexter.clear();

        folk.loggaIn(TestFolk.MEDLEM);
        remiss.svara(svar.id(), Remissvar.Svar.GODKANT, null);
        folk.loggaIn(TestFolk.GIVARE);
        atgarder.pausa(pagaende, "Budgeten ses över");

        assertThat(kontexter).contains("REMISSVAR uppdrag=null uppgift=" + svar.id(),
                "PAUSAT uppdrag=" + pagaende.value() + " uppgift=null");
        assertThat(MDC.get(Loggkontext.UPPDRAG)).isNull();
        assertThat(MDC.get(Loggkontext.UPPGIFT)).isNull();
    }

    @Test
    void a_plain_text_line_logged_during_an_action_names_its_uppdrag_and_task_and_one_logged_outside_names_none(
            CapturedOutput utskrift) {
        var id = nyttUtkast();
        var utkastet = uppgift(TestFolk.AGARE, id, "utkast");
        folk.loggaIn(TestFolk.AGARE);
        uppdrag.spara(se.uppdrag.Handlingar.medTitel(uppdrag.hamta(id), "Omdöpt " + folk.anvandarnamn("l")));
        remiss.skickaPaRemiss(utkastet.id(), List.of(person(TestFolk.MEDLEM)), java.time.LocalDate.now(klocka).plusDays(7));
        LOGG.info("Steg i loggen: utanför");

        var rader = utskrift.getOut().lines().filter(rad -> rad.contains("Steg i loggen: ")).toList();
        assertThat(rader).anySatisfy(rad -> assertThat(rad).contains(" INFO ", "[uppdrag=" + id.value() + "] ",
                "UTKAST_ANDRAT"));
        assertThat(rader).anySatisfy(rad -> assertThat(rad).contains(" INFO ", "[uppgift=" + utkastet.id() + "] ",
                "SKICKAT_PA_REMISS"));
        assertThat(rader).filteredOn(rad -> rad.endsWith("utanför")).singleElement()
                .satisfies(rad -> assertThat(rad).doesNotContain("[uppdrag=", "[uppgift="));
    }
}
