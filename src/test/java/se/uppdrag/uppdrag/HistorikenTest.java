package se.uppdrag.uppdrag;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.flowable.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.uppdrag.Handlingar;
import se.uppdrag.TestFolk;
import se.uppdrag.workflow.UppgiftFilter;
import se.uppdrag.workflow.UppgiftService;

/**
 * Every action on an uppdrag and its tasks ends in one row of its history, in the action's transaction, saying who
 * did it and for whom (på uppdrag av).
 */
class HistorikenTest extends ProcessTestBase {

    @Autowired
    TaskService tasks;

    private List<Handelse> historiken(UppdragId id) {
        folk.loggaIn(TestFolk.REGISTRATOR);
        return historik.handelser(id);
    }

    private Handelse sista(UppdragId id) {
        return historiken(id).getLast();
    }

    private String namn(String roll) {
        return folk.person(roll).namn();
    }

    private UppdragId paRemissTill(String... granskare) {
        var id = nyttUtkast();
        remiss.skickaPaRemiss(uppgift(TestFolk.AGARE, id, "utkast").id(), java.util.Arrays.stream(granskare).map(this::person).toList(),
                LocalDate.now(klocka).plusDays(5));
        return id;
    }

    @Test
    void a_saved_draft_records_the_sections_that_changed_and_an_unchanged_save_records_nothing() {
        var id = nyttUtkast();
        folk.loggaIn(TestFolk.AGARE);
        uppdrag.spara(Handlingar.medTitel(uppdrag.hamta(id), "En ny titel på uppdraget"));

        var andrat = sista(id);
        assertThat(andrat.typ()).isEqualTo(HandelseTyp.UTKAST_ANDRAT);
        assertThat(andrat.vem()).isEqualTo(namn(TestFolk.AGARE));
        assertThat(andrat.kommentar()).isEqualTo("Uppdrag");
        var antal = historiken(id).size();

        folk.loggaIn(TestFolk.AGARE);
        uppdrag.spara(uppdrag.hamta(id));
        assertThat(historiken(id)).hasSize(antal);
    }

    @Test
    void downloading_the_pdf_is_recorded_with_who_downloaded_it() {
        var id = nyttUtkast();
        folk.loggaIn(TestFolk.AGARE);
        uppdrag.pdf(id);

        assertThat(sista(id)).extracting(Handelse::typ, Handelse::vem, Handelse::forVem)
                .containsExactly(HandelseTyp.PDF_HAMTAD, namn(TestFolk.AGARE), null);
    }

    @Test
    void claiming_and_releasing_a_group_task_are_each_recorded() {
        var id = nyttUtkast();
        folk.loggaIn(TestFolk.AGARE);
        uppdrag.spara(utanEnsamBeslutsfattare(uppdrag.hamta(id)));
        skickaForBeslut(id);
        runtime.createProcessInstanceQuery().processInstanceBusinessKey(String.valueOf(id.value())).list()
                .forEach(p -> runtime.setVariable(p.getId(), "registratorBekraftar", true));
        beslut.besluta(uppgift(TestFolk.BESLUTSFATTARE, id, "beslutsuppgift").id(), Beslut.FASTSTALL, null);
        beslut.besluta(uppgift(TestFolk.GIVARE, id, "beslutsuppgift").id(), Beslut.FASTSTALL, null);
        folk.loggaIn(TestFolk.REGISTRATOR);
        var bekrafta = uppgifter.attTa(UppgiftFilter.alla()).stream()
                .filter(u -> u.arende() != null && u.arende().nyckel().equals(String.valueOf(id.value()))).findFirst().orElseThrow();

        uppgifter.ta(bekrafta.id());
        assertThat(sista(id)).extracting(Handelse::typ, Handelse::vem, Handelse::kommentar)
                .containsExactly(HandelseTyp.UPPGIFT_TAGEN, namn(TestFolk.REGISTRATOR), bekrafta.namn());
        folk.loggaIn(TestFolk.REGISTRATOR);
        uppgifter.slapp(bekrafta.id());
        assertThat(sista(id)).extracting(Handelse::typ, Handelse::vem)
                .containsExactly(HandelseTyp.UPPGIFT_SLAPPT, namn(TestFolk.REGISTRATOR));
    }

    @Test
    void reassigning_a_task_records_who_did_it_from_whom_to_whom() {
        var id = paRemissTill(TestFolk.MEDLEM);
        var svar = uppgift(TestFolk.MEDLEM, id, "remissvar");
        folk.loggaIn(TestFolk.AGARE);
        uppgifter.omfordela(svar.id(), person(TestFolk.GIVARE2));

        var omfordelad = sista(id);
        assertThat(omfordelad.typ()).isEqualTo(HandelseTyp.UPPGIFT_OMFORDELAD);
        assertThat(omfordelad.vem()).isEqualTo(namn(TestFolk.AGARE));
        assertThat(omfordelad.forVem()).isNull();
        assertThat(omfordelad.kommentar()).isEqualTo(svar.namn() + ": från " + namn(TestFolk.MEDLEM) + " till " + namn(TestFolk.GIVARE2));
    }

    @Test
    void a_delegated_remissvar_is_recorded_as_given_by_the_delegate_for_the_reviewer_asked_and_counts_as_their_answer() {
        var id = paRemissTill(TestFolk.MEDLEM, TestFolk.GIVARE2);
        var svar = uppgift(TestFolk.MEDLEM, id, "remissvar");
        uppgifter.delegera(svar.id(), person(TestFolk.MOTTAGARE));
        assertThat(sista(id)).extracting(Handelse::typ, Handelse::vem, Handelse::kommentar).containsExactly(
                HandelseTyp.UPPGIFT_DELEGERAD, namn(TestFolk.MEDLEM), svar.namn() + ": till " + namn(TestFolk.MOTTAGARE));

        var delegerad = uppgift(TestFolk.MOTTAGARE, id, "remissvar");
        uppgifter.kommentera(delegerad.id(), "Jag tittar på det");
        assertThat(sista(id)).extracting(Handelse::typ, Handelse::vem, Handelse::forVem, Handelse::kommentar).containsExactly(
                HandelseTyp.UPPGIFT_KOMMENTERAD, namn(TestFolk.MOTTAGARE), namn(TestFolk.MEDLEM), svar.namn() + ": Jag tittar på det");

        folk.loggaIn(TestFolk.MOTTAGARE);
        remiss.svara(delegerad.id(), Remissvar.Svar.GODKANT, null);

        assertThat(sista(id)).extracting(Handelse::typ, Handelse::vem, Handelse::forVem)
                .containsExactly(HandelseTyp.REMISSVAR, namn(TestFolk.MOTTAGARE), namn(TestFolk.MEDLEM));
        assertThat(uppgifter(TestFolk.MEDLEM, id, "remissvar")).as("answered, not handed back to be answered again").isEmpty();
        var runda = remiss.remissrunda(uppgift(TestFolk.AGARE, id, "remissuppfoljning").id());
        assertThat(runda.ejSvarat()).containsExactly(namn(TestFolk.GIVARE2));
        folk.loggaIn(TestFolk.AGARE);
        assertThat(remiss.remissvar(id)).singleElement().extracting(Remissvar::granskare, Remissvar::forGranskare)
                .containsExactly(namn(TestFolk.MOTTAGARE), namn(TestFolk.MEDLEM));
    }

    @Test
    void a_delegated_task_handed_back_without_its_step_is_recorded_for_the_one_who_lent_it() {
        var id = paRemissTill(TestFolk.MEDLEM);
        uppgifter.delegera(uppgift(TestFolk.MEDLEM, id, "remissvar").id(), person(TestFolk.MOTTAGARE));
        var delegerad = uppgift(TestFolk.MOTTAGARE, id, "remissvar");

        uppgifter.slutfor(delegerad.id(), Map.of());

        assertThat(sista(id)).extracting(Handelse::typ, Handelse::vem, Handelse::forVem, Handelse::kommentar).containsExactly(
                HandelseTyp.UPPGIFT_ATERLAMNAD, namn(TestFolk.MOTTAGARE), namn(TestFolk.MEDLEM),
                delegerad.namn() + ": till " + namn(TestFolk.MEDLEM));
        assertThat(uppgifter(TestFolk.MEDLEM, id, "remissvar")).hasSize(1);
    }

    @Autowired
    se.uppdrag.workflow.FranvaroService franvaro;

    @Test
    void a_step_taken_by_a_substitute_is_recorded_for_the_absent_person() {
        var id = paRemissTill(TestFolk.MEDLEM, TestFolk.GIVARE2);
        folk.loggaIn(TestFolk.MEDLEM);
        franvaro.registrera(person(TestFolk.MEDLEM), java.time.LocalDate.now(klocka), java.time.LocalDate.now(klocka).plusDays(2),
                person(TestFolk.MOTTAGARE));

        remiss.svara(uppgift(TestFolk.MOTTAGARE, id, "remissvar").id(), Remissvar.Svar.ANDRINGAR_BEHOVS, "Tidplanen behöver ses över");

        assertThat(sista(id)).extracting(Handelse::typ, Handelse::vem, Handelse::forVem)
                .containsExactly(HandelseTyp.REMISSVAR, namn(TestFolk.MOTTAGARE), namn(TestFolk.MEDLEM));
    }

    @Test
    void a_step_taken_on_ones_own_task_is_recorded_for_nobody_else() {
        var id = paRemissTill(TestFolk.MEDLEM, TestFolk.GIVARE2);
        remiss.svara(uppgift(TestFolk.MEDLEM, id, "remissvar").id(), Remissvar.Svar.GODKANT, null);

        assertThat(sista(id)).extracting(Handelse::typ, Handelse::vem, Handelse::forVem)
                .containsExactly(HandelseTyp.REMISSVAR, namn(TestFolk.MEDLEM), null);
    }
}
