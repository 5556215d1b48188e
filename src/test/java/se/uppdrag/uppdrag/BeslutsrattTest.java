package se.uppdrag.uppdrag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.flowable.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import se.uppdrag.TestFolk;
import se.uppdrag.workflow.UppgiftNekadException;

/** Only the uppdrag's beslutsfattare decide, on the uppdrag and on its final report, whoever holds the task. */
class BeslutsrattTest extends ProcessTestBase {

    @Autowired
    TaskService tasks;

    @Test
    void the_owner_cannot_reassign_a_decision_to_herself_and_the_beslutsfattare_keeps_it() {
        var id = nyttUtkast();
        skickaForBeslut(id);
        var beslutet = uppgift(TestFolk.BESLUTSFATTARE, id, "beslutsuppgift");

        folk.loggaIn(TestFolk.AGARE);
        assertThatThrownBy(() -> uppgifter.omfordela(beslutet.id(), person(TestFolk.AGARE)))
                .isInstanceOf(UppgiftNekadException.class)
                .hasMessage(folk.person(TestFolk.AGARE).namn() + " är inte beslutsfattare i uppdraget och kan inte få beslutet.");

        assertThat(uppgifter(TestFolk.BESLUTSFATTARE, id, "beslutsuppgift")).extracting(u -> u.id()).contains(beslutet.id());
        assertThat(uppgifter(TestFolk.AGARE, id, "beslutsuppgift")).isEmpty();
    }

    @Test
    void an_administrator_cannot_reassign_a_decision_to_someone_without_authority_either() {
        var id = nyttUtkast();
        skickaForBeslut(id);
        var beslutet = uppgift(TestFolk.BESLUTSFATTARE, id, "beslutsuppgift");

        folk.loggaIn(TestFolk.ADMINISTRATOR);
        assertThatThrownBy(() -> uppgifter.omfordela(beslutet.id(), person(TestFolk.MEDLEM)))
                .isInstanceOf(UppgiftNekadException.class).hasMessageContaining("är inte beslutsfattare i uppdraget");
    }

    @Test
    void a_decision_is_not_given_to_a_beslutsfattare_who_has_one_of_their_own() {
        var id = nyttUtkast();
        skickaForBeslut(id);
        var beslutet = uppgift(TestFolk.BESLUTSFATTARE, id, "beslutsuppgift");

        assertThatThrownBy(() -> uppgifter.omfordela(beslutet.id(), person(TestFolk.GIVARE)))
                .isInstanceOf(UppgiftNekadException.class)
                .hasMessage(folk.person(TestFolk.GIVARE).namn() + " har redan ett eget beslut att fatta i uppdraget.");
    }

    @Test
    void the_page_of_a_decision_offers_no_lending_and_that_of_an_activity_does_both_read_at_once() {
        var id = nyttUtkast();
        skickaForBeslut(id);
        var beslutet = uppgift(TestFolk.BESLUTSFATTARE, id, "beslutsuppgift");
        assertThat(uppgifter.mojligheter(beslutet.id())).isEqualTo(new se.uppdrag.workflow.Uppgiftsmojligheter(false, false, true));

        var aktivitet = uppgift(TestFolk.MEDLEM, faststalltUppdrag(), "aktivitet");
        assertThat(uppgifter.mojligheter(aktivitet.id())).isEqualTo(new se.uppdrag.workflow.Uppgiftsmojligheter(false, true, true));
        folk.loggaIn(TestFolk.MOTTAGARE);
        assertThat(uppgifter.mojligheter(aktivitet.id())).isEqualTo(new se.uppdrag.workflow.Uppgiftsmojligheter(false, false, false));
    }

    @Test
    void a_decision_cannot_be_delegated_while_other_tasks_still_can() {
        var id = nyttUtkast();
        skickaForBeslut(id);
        var beslutet = uppgift(TestFolk.BESLUTSFATTARE, id, "beslutsuppgift");

        assertThatThrownBy(() -> uppgifter.delegera(beslutet.id(), person(TestFolk.MEDLEM)))
                .isInstanceOf(UppgiftNekadException.class)
                .hasMessage("Ett beslut kan inte delegeras: det fattas av uppdragets beslutsfattare.");
        assertThat(uppgifter(TestFolk.MEDLEM, id, "beslutsuppgift")).isEmpty();

        var aktivitet = uppgift(TestFolk.MEDLEM, faststalltUppdrag(), "aktivitet");
        uppgifter.delegera(aktivitet.id(), person(TestFolk.MOTTAGARE));
        assertThat(uppgifter.hamta(aktivitet.id()).arDelegerad()).isTrue();
    }

    @Test
    void whoever_holds_a_decision_task_without_being_a_beslutsfattare_cannot_take_the_decision() {
        var id = nyttUtkast();
        skickaForBeslut(id);
        var beslutet = uppgift(TestFolk.BESLUTSFATTARE, id, "beslutsuppgift");
        // the task handed over behind the services' back (the engine's API, an old delegation)
        tasks.setAssignee(beslutet.id(), String.valueOf(person(TestFolk.AGARE).value()));

        var iHanderna = uppgift(TestFolk.AGARE, id, "beslutsuppgift");
        assertThatThrownBy(() -> beslut.besluta(iHanderna.id(), Beslut.FASTSTALL, null))
                .isInstanceOf(AccessDeniedException.class).hasMessage("Bara uppdragets beslutsfattare kan fatta beslutet.");

        assertThat(status(id)).isEqualTo(UppdragStatus.FOR_BESLUT);
        assertThat(tidslinje(id)).doesNotContain(HandelseTyp.FASTSTALLT_AV, HandelseTyp.FASTSTALLT);
    }

    @Test
    void the_final_report_needs_every_beslutsfattare_unless_one_decides_alone() {
        var id = nyttUtkast();
        folk.loggaIn(TestFolk.AGARE);
        uppdrag.spara(utanEnsamBeslutsfattare(uppdrag.hamta(id)));
        skickaForBeslut(id);
        beslut.besluta(uppgift(TestFolk.BESLUTSFATTARE, id, "beslutsuppgift").id(), Beslut.FASTSTALL, null);
        beslut.besluta(uppgift(TestFolk.GIVARE, id, "beslutsuppgift").id(), Beslut.FASTSTALL, null);
        assertThat(status(id)).isEqualTo(UppdragStatus.PAGAENDE);
        genomforande.lamnaSlutrapport(uppgift(TestFolk.TAGARE, id, "slutrapport").id(), "Klart.", List.of());

        genomforande.beslutaOmSlutrapport(uppgift(TestFolk.GIVARE, id, "beslutOmSlutrapport").id(), true, "Bra");

        assertThat(status(id)).isEqualTo(UppdragStatus.SLUTRAPPORT_INLAMNAD);
        assertThat(uppgifter(TestFolk.BESLUTSFATTARE, id, "beslutOmSlutrapport")).hasSize(1);
        assertThat(tidslinje(id)).endsWith(HandelseTyp.SLUTRAPPORT_GODKAND_AV);

        genomforande.beslutaOmSlutrapport(uppgift(TestFolk.BESLUTSFATTARE, id, "beslutOmSlutrapport").id(), true, null);

        assertThat(status(id)).isEqualTo(UppdragStatus.AVSLUTAT);
        assertThat(tidslinje(id)).endsWith(HandelseTyp.SLUTRAPPORT_GODKAND_AV, HandelseTyp.SLUTRAPPORT_GODKAND);
    }

    @Test
    void one_beslutsfattare_asking_for_additions_sends_the_final_report_back_for_all() {
        var id = faststalltUppdrag();
        genomforande.lamnaSlutrapport(uppgift(TestFolk.TAGARE, id, "slutrapport").id(), "Klart.", List.of());

        genomforande.beslutaOmSlutrapport(uppgift(TestFolk.GIVARE, id, "beslutOmSlutrapport").id(), false, "Ekonomin saknas");

        assertThat(status(id)).isEqualTo(UppdragStatus.PAGAENDE);
        assertThat(uppgifter(TestFolk.BESLUTSFATTARE, id, "beslutOmSlutrapport")).isEmpty();
        assertThat(uppgifter(TestFolk.TAGARE, id, "slutrapport")).hasSize(1);
    }
}
