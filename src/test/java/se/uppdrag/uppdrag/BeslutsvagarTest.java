package se.uppdrag.uppdrag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.uppdrag.Handlingar;
import se.uppdrag.TestFolk;

/** Every way a decision can go. */
class BeslutsvagarTest extends ProcessTestBase {

    private UppdragId utkastMedTvaSomBeslutarTillsammans() {
        var id = nyttUtkast();
        folk.loggaIn(TestFolk.AGARE);
        uppdrag.spara(utanEnsamBeslutsfattare(uppdrag.hamta(id)));
        return id;
    }

    @Test
    void aterremiss_sends_the_uppdrag_back_to_the_owner_and_needs_a_comment() {
        var id = nyttUtkast();
        skickaForBeslut(id);
        var uppgift = uppgift(TestFolk.BESLUTSFATTARE, id, "beslutsuppgift");
        assertThatThrownBy(() -> beslut.besluta(uppgift.id(), Beslut.ATERREMITTERA, ""))
                .hasMessage("Skriv vad som behöver ändras innan uppdraget kan fastställas");

        beslut.besluta(uppgift.id(), Beslut.ATERREMITTERA, "Tidplanen behöver förankras");

        assertThat(status(id)).isEqualTo(UppdragStatus.UTKAST);
        assertThat(uppgifter(TestFolk.AGARE, id, "utkast")).hasSize(1);
        assertThat(uppgifter(TestFolk.GIVARE, id, "beslutsuppgift")).isEmpty();
        assertThat(tidslinje(id)).endsWith(HandelseTyp.ATERREMITTERAT);
    }

    @Test
    void avslag_ends_the_uppdrag_and_needs_a_reason() {
        var id = nyttUtkast();
        skickaForBeslut(id);
        var uppgift = uppgift(TestFolk.GIVARE, id, "beslutsuppgift");
        assertThatThrownBy(() -> beslut.besluta(uppgift.id(), Beslut.AVSLA, null)).hasMessage("Skriv skälet till avslaget");

        beslut.besluta(uppgift.id(), Beslut.AVSLA, "Ryms inte i budgeten");

        assertThat(status(id)).isEqualTo(UppdragStatus.AVSLAGET);
        assertThat(processenLever(id)).isFalse();
        assertThat(somRegistrator(id).diarienummer()).isNull();
    }

    @Test
    void with_two_beslutsfattare_both_must_fastställa_and_one_returning_sends_it_back() {
        var id = utkastMedTvaSomBeslutarTillsammans();
        skickaForBeslut(id);
        beslut.besluta(uppgift(TestFolk.GIVARE, id, "beslutsuppgift").id(), Beslut.FASTSTALL, null);
        assertThat(status(id)).isEqualTo(UppdragStatus.FOR_BESLUT);
        assertThat(somRegistrator(id).beslutsform().beslutsdatum()).isNull();

        beslut.besluta(uppgift(TestFolk.BESLUTSFATTARE, id, "beslutsuppgift").id(), Beslut.ATERREMITTERA, "Komplettera kostnaderna");
        assertThat(status(id)).isEqualTo(UppdragStatus.UTKAST);

        skickaForBeslut(id);
        beslut.besluta(uppgift(TestFolk.BESLUTSFATTARE, id, "beslutsuppgift").id(), Beslut.FASTSTALL, null);
        assertThat(status(id)).isEqualTo(UppdragStatus.FOR_BESLUT);
        beslut.besluta(uppgift(TestFolk.GIVARE, id, "beslutsuppgift").id(), Beslut.FASTSTALL, null);

        var faststallt = somRegistrator(id);
        assertThat(faststallt.status()).isEqualTo(UppdragStatus.PAGAENDE);
        assertThat(faststallt.beslutsform().beslutadAv()).isEqualTo(
                folk.person(TestFolk.BESLUTSFATTARE).namn() + " och " + folk.person(TestFolk.GIVARE).namn());
        assertThat(historik.versioner(id)).hasSize(2);
    }

    @Test
    void one_who_decides_alone_fastställer_without_the_others() {
        var id = nyttUtkast();
        skickaForBeslut(id);
        beslut.besluta(uppgift(TestFolk.BESLUTSFATTARE, id, "beslutsuppgift").id(), Beslut.FASTSTALL, null);
        assertThat(status(id)).isEqualTo(UppdragStatus.PAGAENDE);
        assertThat(uppgifter(TestFolk.GIVARE, id, "beslutsuppgift")).isEmpty();
        assertThat(somRegistrator(id).beslutsform().beslutadAv()).isEqualTo(folk.person(TestFolk.BESLUTSFATTARE).namn());
    }

    @Test
    void an_uppdrag_cannot_go_för_beslut_without_beslutsfattare() {
        folk.loggaIn(TestFolk.AGARE);
        var id = uppdrag.skapa(Handlingar.enkel(uppdrag.nyttUtkast(), "Utan beslutsfattare")).id();
        var utkast = uppgift(TestFolk.AGARE, id, "utkast");
        assertThatThrownBy(() -> beslut.besluta(utkast.id(), Beslut.FASTSTALL, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> beslut.skickaForBeslut(utkast.id())).hasMessageContaining("minst en uppdragsgivare");
        assertThat(status(id)).isEqualTo(UppdragStatus.UTKAST);
    }

    @Test
    void the_last_approval_stamps_the_decision_date_from_the_clock() {
        var id = nyttUtkast();
        skickaForBeslut(id);
        klocka.till(LocalDate.of(2026, 12, 3));
        beslut.besluta(uppgift(TestFolk.BESLUTSFATTARE, id, "beslutsuppgift").id(), Beslut.FASTSTALL, null);
        assertThat(somRegistrator(id).beslutsform().beslutsdatum()).isEqualTo(LocalDate.of(2026, 12, 3));
        assertThat(somRegistrator(id).diarienummer().ar()).isEqualTo(2026);
    }

    @Test
    void a_registrator_confirms_the_registration_when_that_is_configured() {
        var id = nyttUtkast();
        runtime.createProcessInstanceQuery().processInstanceBusinessKey(String.valueOf(id.value())).list()
                .forEach(p -> runtime.setVariable(p.getId(), "registratorBekraftar", true));
        skickaForBeslut(id);
        beslut.besluta(uppgift(TestFolk.BESLUTSFATTARE, id, "beslutsuppgift").id(), Beslut.FASTSTALL, null);
        assertThat(status(id)).isEqualTo(UppdragStatus.FOR_BESLUT);

        folk.loggaIn(TestFolk.REGISTRATOR);
        var attTa = uppgifter.attTa(se.uppdrag.workflow.UppgiftFilter.alla()).stream()
                .filter(u -> u.typ().equals("bekraftaRegistrering") && u.arende().nyckel().equals(String.valueOf(id.value()))).findFirst().orElseThrow();
        assertThat(attTa.kanTas()).isTrue();
        beslut.bekraftaRegistrering(attTa.id());
        assertThat(status(id)).isEqualTo(UppdragStatus.PAGAENDE);
    }
}
