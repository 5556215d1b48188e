package se.uppdrag.uppdrag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.uppdrag.TestFolk;
import se.uppdrag.workflow.UppgiftFilter;
import se.uppdrag.workflow.UppgiftNekadException;

/** Who may act on a task: checked by the service, because Flowable checks nothing. */
class UppgiftServiceTest extends ProcessTestBase {

    @Test
    void someone_who_is_not_the_assignee_cannot_complete_the_task() {
        var id = nyttUtkast();
        var utkast = uppgift(TestFolk.AGARE, id, "utkast");
        folk.loggaIn(TestFolk.UTOMSTAENDE);
        assertThatThrownBy(() -> beslut.skickaForBeslut(utkast.id())).isInstanceOf(UppgiftNekadException.class);
        assertThatThrownBy(() -> uppgifter.slutfor(utkast.id(), java.util.Map.of())).isInstanceOf(UppgiftNekadException.class);
        assertThat(status(id)).isEqualTo(UppdragStatus.UTKAST);
    }

    @Test
    void a_beslutsfattare_cannot_decide_in_another_beslutsfattares_place() {
        var id = nyttUtkast();
        skickaForBeslut(id);
        var bjorns = uppgift(TestFolk.BESLUTSFATTARE, id, "beslutsuppgift");
        folk.loggaIn(TestFolk.GIVARE);
        assertThatThrownBy(() -> beslut.besluta(bjorns.id(), Beslut.FASTSTALL, null)).isInstanceOf(UppgiftNekadException.class);
        assertThat(status(id)).isEqualTo(UppdragStatus.FOR_BESLUT);
    }

    @Test
    void nobody_can_claim_a_task_that_someone_else_has() {
        var id = nyttUtkast();
        var utkast = uppgift(TestFolk.AGARE, id, "utkast");
        folk.loggaIn(TestFolk.REGISTRATOR);
        assertThatThrownBy(() -> uppgifter.ta(utkast.id())).isInstanceOf(UppgiftNekadException.class);
        folk.loggaIn(TestFolk.UTOMSTAENDE);
        assertThatThrownBy(() -> uppgifter.hamta(utkast.id())).isInstanceOf(UppgiftNekadException.class);
    }

    @Test
    void a_group_task_is_claimed_released_and_claimed_again() {
        var id = nyttUtkast();
        runtime.createProcessInstanceQuery().processInstanceBusinessKey(String.valueOf(id.value())).list()
                .forEach(p -> runtime.setVariable(p.getId(), "registratorBekraftar", true));
        skickaForBeslut(id);
        beslut.besluta(uppgift(TestFolk.BESLUTSFATTARE, id, "beslutsuppgift").id(), Beslut.FASTSTALL, null);

        folk.loggaIn(TestFolk.MEDLEM);
        assertThat(uppgifter.attTa(UppgiftFilter.alla())).noneMatch(u -> u.typ().equals("bekraftaRegistrering")
                && u.arende().nyckel().equals(String.valueOf(id.value())));
        folk.loggaIn(TestFolk.REGISTRATOR);
        var uppgift = uppgifter.attTa(UppgiftFilter.alla()).stream().filter(u -> u.arende().nyckel().equals(String.valueOf(id.value())))
                .findFirst().orElseThrow();
        uppgifter.ta(uppgift.id());
        assertThat(uppgifter(TestFolk.REGISTRATOR, id, "bekraftaRegistrering")).hasSize(1);
        uppgifter.slapp(uppgift.id());
        assertThat(uppgifter(TestFolk.REGISTRATOR, id, "bekraftaRegistrering")).isEmpty();
        assertThat(uppgifter.attTa(UppgiftFilter.alla())).extracting(u -> u.id()).contains(uppgift.id());
    }

    @Test
    void a_delegated_task_is_done_by_the_delegate_and_returns_to_its_owner() {
        var id = nyttUtkast();
        remiss.skickaPaRemiss(uppgift(TestFolk.AGARE, id, "utkast").id(), List.of(person(TestFolk.MEDLEM)), LocalDate.now(klocka).plusDays(5));
        var svar = uppgift(TestFolk.MEDLEM, id, "remissvar");
        uppgifter.delegera(svar.id(), person(TestFolk.MOTTAGARE));
        assertThat(uppgifter(TestFolk.MEDLEM, id, "remissvar")).isEmpty();

        var delegerad = uppgift(TestFolk.MOTTAGARE, id, "remissvar");
        assertThat(delegerad.delegeradAv()).isEqualTo(person(TestFolk.MEDLEM));
        uppgifter.kommentera(delegerad.id(), "Jag har läst, ser bra ut");
        uppgifter.slutfor(delegerad.id(), java.util.Map.of());

        var tillbaka = uppgift(TestFolk.MEDLEM, id, "remissvar");
        assertThat(tillbaka.arDelegerad()).isFalse();
        assertThat(uppgifter.kommentarer(tillbaka.id())).extracting(k -> k.text()).containsExactly("Jag har läst, ser bra ut");
        remiss.svara(tillbaka.id(), Remissvar.Svar.GODKANT, null);
        assertThat(status(id)).isEqualTo(UppdragStatus.UTKAST);
    }

    @Test
    void the_owner_of_the_uppdrag_may_reassign_its_tasks_but_others_may_not() {
        var id = nyttUtkast();
        remiss.skickaPaRemiss(uppgift(TestFolk.AGARE, id, "utkast").id(), List.of(person(TestFolk.MEDLEM)), LocalDate.now(klocka).plusDays(5));
        var svar = uppgift(TestFolk.MEDLEM, id, "remissvar");
        folk.loggaIn(TestFolk.GIVARE2);
        assertThatThrownBy(() -> uppgifter.omfordela(svar.id(), person(TestFolk.GIVARE2))).isInstanceOf(UppgiftNekadException.class);
        folk.loggaIn(TestFolk.AGARE);
        uppgifter.omfordela(svar.id(), person(TestFolk.GIVARE2));
        assertThat(uppgifter(TestFolk.GIVARE2, id, "remissvar")).hasSize(1);
        assertThat(uppgifter(TestFolk.MEDLEM, id, "remissvar")).isEmpty();
    }

    @Test
    void the_inbox_filters_by_text_and_sorts_by_due_date() {
        var id = nyttUtkast();
        var titel = somRegistrator(id).titel();
        folk.loggaIn(TestFolk.AGARE);
        assertThat(uppgifter.mina(new UppgiftFilter(titel.substring(0, 20), java.util.Set.of(), false, UppgiftFilter.Sortering.FORFALLER)))
                .extracting(u -> u.arende().nyckel()).contains(String.valueOf(id.value()));
        assertThat(uppgifter.mina(new UppgiftFilter("finns-inte-någonstans", java.util.Set.of(), false, UppgiftFilter.Sortering.NAMN))).isEmpty();
    }
}
