package se.uppdrag.uppdrag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;
import se.uppdrag.TestFolk;

/** Pause and resume, striking, and revising a decided uppdrag. */
class UppdragAtgarderTest extends ProcessTestBase {

    @Test
    void a_paused_uppdrag_stops_its_tasks_and_timers_until_it_is_resumed() {
        var id = faststalltUppdrag();
        var aktivitet = uppgift(TestFolk.MEDLEM, id, "aktivitet");
        folk.loggaIn(TestFolk.GIVARE);
        assertThatThrownBy(() -> atgarder.pausa(id, " ")).hasMessage("Skriv varför uppdraget pausas");
        atgarder.pausa(id, "Pandemin");
        assertThat(status(id)).isEqualTo(UppdragStatus.PAUSAT);
        assertThat(uppgifter(TestFolk.MEDLEM, id, "aktivitet")).isEmpty();
        folk.loggaIn(TestFolk.MEDLEM);
        assertThatThrownBy(() -> genomforande.slutforAktivitet(aktivitet.id(), null)).isInstanceOf(RuntimeException.class);

        folk.loggaIn(TestFolk.GIVARE);
        atgarder.ateruppta(id);
        assertThat(status(id)).isEqualTo(UppdragStatus.PAGAENDE);
        genomforande.slutforAktivitet(uppgift(TestFolk.MEDLEM, id, "aktivitet").id(), "Klar");
        assertThat(tidslinje(id)).containsSubsequence(HandelseTyp.PAUSAT, HandelseTyp.ATERUPPTAGET, HandelseTyp.AKTIVITET_KLAR);
    }

    @Test
    void only_an_uppdragsgivare_may_pause_strike_or_revise() {
        var id = faststalltUppdrag();
        for (var roll : new String[] {TestFolk.AGARE, TestFolk.TAGARE, TestFolk.MEDLEM}) {
            folk.loggaIn(roll);
            assertThatThrownBy(() -> atgarder.pausa(id, "Nej")).as(roll).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> atgarder.stryk(id, "Nej")).as(roll).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> atgarder.revidera(id)).as(roll).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void a_struck_uppdrag_has_no_tasks_left_but_keeps_its_history() {
        var id = faststalltUppdrag();
        folk.loggaIn(TestFolk.GIVARE2);
        atgarder.stryk(id, "Uppdraget har blivit inaktuellt");
        assertThat(status(id)).isEqualTo(UppdragStatus.STRUKET);
        assertThat(processenLever(id)).isFalse();
        assertThat(uppgifter(TestFolk.MEDLEM, id, "aktivitet")).isEmpty();
        assertThat(tidslinje(id)).contains(HandelseTyp.FASTSTALLT, HandelseTyp.STRUKET);
    }

    @Test
    void a_paused_uppdrag_can_be_struck() {
        var id = faststalltUppdrag();
        folk.loggaIn(TestFolk.GIVARE);
        atgarder.pausa(id, "Avvaktar");
        atgarder.stryk(id, "Avbryts");
        assertThat(status(id)).isEqualTo(UppdragStatus.STRUKET);
    }

    @Test
    void a_revision_goes_through_beslut_again_and_then_supersedes_the_old_one_which_stays_on_record() {
        var gammalt = faststalltUppdrag();
        var gammaltDnr = somRegistrator(gammalt).diarienummer();
        folk.loggaIn(TestFolk.GIVARE);
        var nytt = atgarder.revidera(gammalt);

        var revidering = somRegistrator(nytt);
        assertThat(revidering.status()).isEqualTo(UppdragStatus.UTKAST);
        assertThat(revidering.ersatter().uppdrag().id()).isEqualTo(gammalt);
        assertThat(status(gammalt)).isEqualTo(UppdragStatus.PAGAENDE);

        skickaForBeslut(nytt);
        beslut.besluta(uppgift(TestFolk.BESLUTSFATTARE, nytt, "beslutsuppgift").id(), Beslut.FASTSTALL, null);

        assertThat(status(nytt)).isEqualTo(UppdragStatus.PAGAENDE);
        assertThat(status(gammalt)).isEqualTo(UppdragStatus.ERSATT);
        assertThat(processenLever(gammalt)).isFalse();
        assertThat(somRegistrator(gammalt).diarienummer()).isEqualTo(gammaltDnr);
        assertThat(somRegistrator(nytt).diarienummer()).isNotEqualTo(gammaltDnr);
        assertThat(tidslinje(gammalt)).endsWith(HandelseTyp.REVIDERING_STARTAD, HandelseTyp.ERSATT);
    }

    @Test
    void a_draft_cannot_be_paused() {
        var id = nyttUtkast();
        folk.loggaIn(TestFolk.GIVARE);
        assertThatThrownBy(() -> atgarder.pausa(id, "Test")).isInstanceOf(IllegalStateException.class);
        assertThat(LocalDate.now(klocka)).isNotNull();
    }
}
