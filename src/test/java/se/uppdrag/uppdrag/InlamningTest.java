package se.uppdrag.uppdrag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.uppdrag.Handlingar;
import se.uppdrag.TestFolk;
import se.uppdrag.workflow.FranvaroService;

/**
 * A form's submission whose reply never came is sent again with the form's key (issue 15): applied once, and the
 * second ends as the first did, for every kind of action: a task through the inbox, a decision, a save in the editor,
 * a comment, an absence.
 */
class InlamningTest extends ProcessTestBase {

    @Autowired
    FranvaroService franvaro;
    @Autowired
    se.uppdrag.delegation.Delegationsordning delegationsordning;
    @Autowired
    se.uppdrag.personer.KatalogService katalog;
    @Autowired
    se.uppdrag.personer.OrganisationService organisation;

    private long antal(UppdragId id, HandelseTyp typ) {
        return tidslinje(id).stream().filter(typ::equals).count();
    }

    @Test
    void a_task_completed_twice_from_one_form_is_completed_once_and_the_second_ends_as_the_first() {
        var id = nyttUtkast();
        remiss.skickaPaRemiss(uppgift(TestFolk.AGARE, id, "utkast").id(), List.of(person(TestFolk.MEDLEM)),
                LocalDate.now(klocka).plusDays(14));
        var uppgiften = uppgift(TestFolk.MEDLEM, id, "remissvar").id();
        var formularet = UUID.randomUUID();

        remiss.svara(uppgiften, Remissvar.Svar.GODKANT, "Bra", formularet);
        remiss.svara(uppgiften, Remissvar.Svar.GODKANT, "Bra", formularet);

        assertThat(antal(id, HandelseTyp.REMISSVAR)).isEqualTo(1);
        folk.loggaIn(TestFolk.AGARE);
        assertThat(remiss.remissvar(id)).hasSize(1);
        folk.loggaIn(TestFolk.MEDLEM);
        assertThatThrownBy(() -> remiss.svara(uppgiften, Remissvar.Svar.GODKANT, "Bra", UUID.randomUUID()))
                .as("another form's submission finds the task gone").isInstanceOf(se.uppdrag.workflow.UppgiftNekadException.class);
    }

    @Test
    void a_decision_sent_twice_from_one_form_is_taken_once() {
        var id = nyttUtkast();
        skickaForBeslut(id);
        var uppgiften = uppgift(TestFolk.BESLUTSFATTARE, id, "beslutsuppgift").id();
        var formularet = UUID.randomUUID();

        beslut.besluta(uppgiften, Beslut.FASTSTALL, null, formularet);
        beslut.besluta(uppgiften, Beslut.FASTSTALL, null, formularet);

        assertThat(status(id)).isEqualTo(UppdragStatus.PAGAENDE);
        assertThat(antal(id, HandelseTyp.FASTSTALLT)).isEqualTo(1);
        assertThat(antal(id, HandelseTyp.REGISTRERAT)).isEqualTo(1);
    }

    @Test
    void two_decisions_with_one_key_at_the_same_moment_are_taken_once_and_neither_fails() throws Exception {
        var id = nyttUtkast();
        skickaForBeslut(id);
        var uppgiften = uppgift(TestFolk.BESLUTSFATTARE, id, "beslutsuppgift").id();
        var formularet = UUID.randomUUID();
        var start = new CountDownLatch(1);
        Callable<String> klick = () -> {
            folk.loggaIn(TestFolk.BESLUTSFATTARE);
            start.await(10, TimeUnit.SECONDS);
            beslut.besluta(uppgiften, Beslut.FASTSTALL, null, formularet);
            return "klart";
        };
        var pool = Executors.newFixedThreadPool(2);
        try {
            var forsta = pool.submit(klick);
            var andra = pool.submit(klick);
            start.countDown();

            assertThat(forsta.get(60, TimeUnit.SECONDS)).isEqualTo("klart");
            assertThat(andra.get(60, TimeUnit.SECONDS)).isEqualTo("klart");
        } finally {
            pool.shutdownNow();
        }
        assertThat(antal(id, HandelseTyp.FASTSTALLT)).isEqualTo(1);
        assertThat(antal(id, HandelseTyp.REGISTRERAT)).isEqualTo(1);
    }

    @Test
    void an_editor_save_sent_again_after_it_was_committed_returns_that_save_and_is_not_taken_for_someone_else_s() {
        var utkast = sparaFullstandigt();
        var andrat = Handlingar.medTitel(utkast, "Ny titel " + folk.anvandarnamn("t"));
        var formularet = UUID.randomUUID();

        var forsta = uppdrag.spara(andrat, formularet);
        var andra = uppdrag.spara(andrat, formularet);

        assertThat(andra.version()).isEqualTo(forsta.version());
        assertThat(andra.titel()).isEqualTo(forsta.titel());
        assertThat(antal(utkast.id(), HandelseTyp.UTKAST_ANDRAT)).isEqualTo(1);
        folk.loggaIn(TestFolk.AGARE);
        assertThatThrownBy(() -> uppdrag.spara(andrat, UUID.randomUUID()))
                .as("the same old version from another form is someone else's save").isInstanceOf(UppdragKonfliktException.class);
    }

    @Test
    void a_comment_and_an_absence_sent_twice_from_one_form_are_written_once() {
        var id = nyttUtkast();
        var uppgiften = uppgift(TestFolk.AGARE, id, "utkast").id();
        var kommentaren = UUID.randomUUID();

        uppgifter.kommentera(uppgiften, "Klar i morgon", kommentaren);
        uppgifter.kommentera(uppgiften, "Klar i morgon", kommentaren);

        assertThat(uppgifter.kommentarer(uppgiften)).hasSize(1);

        var idag = LocalDate.now(klocka);
        var franvaron = UUID.randomUUID();
        var forsta = franvaro.registrera(person(TestFolk.AGARE), idag.plusDays(10), idag.plusDays(12), person(TestFolk.MEDLEM), franvaron);
        var andra = franvaro.registrera(person(TestFolk.AGARE), idag.plusDays(10), idag.plusDays(12), person(TestFolk.MEDLEM), franvaron);

        assertThat(andra).isEqualTo(forsta);
        assertThat(franvaro.mina()).filteredOn(f -> f.fran().equals(idag.plusDays(10))).hasSize(1);
    }

    @Test
    void a_rule_of_the_delegationsordning_and_a_person_made_twice_from_one_dialog_are_made_once() {
        folk.loggaIn(TestFolk.ADMINISTRATOR);
        var enhet = organisation.alla().stream().filter(e -> e.typ() == se.uppdrag.personer.Enhetstyp.REGION).findFirst()
                .orElseThrow().id();
        var regeln = UUID.randomUUID();
        var ny = new se.uppdrag.delegation.NyDelegationsregel(person(TestFolk.GIVARE), enhet, null, null,
                LocalDate.of(2020, 1, 1), null);
        var fore = delegationsordning.regler().size();

        var forsta = delegationsordning.skapa(ny, regeln);
        var andra = delegationsordning.skapa(ny, regeln);

        assertThat(andra.id()).isEqualTo(forsta.id());
        assertThat(delegationsordning.regler()).hasSize(fore + 1);

        var personen = UUID.randomUUID();
        var uppgifter = new se.uppdrag.personer.Personuppgifter("Inlämnad " + folk.anvandarnamn("p"), null, null, null,
                "HSA-" + UUID.randomUUID().toString().substring(0, 8), LocalDate.of(2024, 1, 1), null);
        var hon = katalog.skapa(uppgifter, personen);
        assertThat(katalog.skapa(uppgifter, personen).id()).isEqualTo(hon.id());
        assertThat(katalog.rakna(uppgifter.namn(), true)).isEqualTo(1);
    }
}
