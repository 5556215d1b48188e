package se.uppdrag.uppdrag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.uppdrag.Handlingar;
import se.uppdrag.TestFolk;

/** The happy path and the review rounds. */
class UppdragetsLivTest extends ProcessTestBase {

    @Test
    void an_uppdrag_goes_from_draft_through_remiss_beslut_and_execution_to_closed() {
        var id = nyttUtkast();
        assertThat(status(id)).isEqualTo(UppdragStatus.UTKAST);

        remiss.skickaPaRemiss(uppgift(TestFolk.AGARE, id, "utkast").id(), List.of(person(TestFolk.MEDLEM)), LocalDate.now(klocka).plusDays(14));
        assertThat(status(id)).isEqualTo(UppdragStatus.PA_REMISS);
        remiss.svara(uppgift(TestFolk.MEDLEM, id, "remissvar").id(), Remissvar.Svar.GODKANT, "Bra underlag");
        assertThat(status(id)).isEqualTo(UppdragStatus.UTKAST);

        skickaForBeslut(id);
        assertThat(status(id)).isEqualTo(UppdragStatus.FOR_BESLUT);
        beslut.besluta(uppgift(TestFolk.BESLUTSFATTARE, id, "beslutsuppgift").id(), Beslut.FASTSTALL, null);

        var faststallt = somRegistrator(id);
        assertThat(faststallt.status()).isEqualTo(UppdragStatus.PAGAENDE);
        assertThat(faststallt.diarienummer()).isNotNull();
        assertThat(faststallt.diarienummer().prefix()).isEqualTo("RS");
        assertThat(faststallt.beslutsform().beslutsdatum()).isEqualTo(LocalDate.now(klocka));
        assertThat(faststallt.beslutsform().beslutadAv()).isEqualTo(folk.person(TestFolk.BESLUTSFATTARE).namn());

        var aktivitet = uppgift(TestFolk.MEDLEM, id, "aktivitet");
        assertThat(aktivitet.namn()).isEqualTo("Genomför aktiviteten Nulägesanalys");
        assertThat(aktivitet.namnnyckel()).isEqualTo(new se.uppdrag.workflow.Uppgiftsnamn("uppgiftsnamn.aktivitet",
                List.of("Nulägesanalys")));
        assertThat(aktivitet.forfaller()).isEqualTo(LocalDate.of(2026, 8, 31));
        genomforande.slutforAktivitet(aktivitet.id(), "Nuläget är kartlagt");

        genomforande.lamnaSlutrapport(uppgift(TestFolk.TAGARE, id, "slutrapport").id(), "Förslaget bifogas.",
                List.of(new Bilaga("förslag.pdf", "application/pdf", new byte[] {1, 2, 3})));
        assertThat(status(id)).isEqualTo(UppdragStatus.SLUTRAPPORT_INLAMNAD);
        genomforande.beslutaOmSlutrapport(uppgift(TestFolk.BESLUTSFATTARE, id, "beslutOmSlutrapport").id(), true, "Godkänd");

        assertThat(status(id)).isEqualTo(UppdragStatus.AVSLUTAT);
        assertThat(processenLever(id)).isFalse();
        assertThat(tidslinje(id)).containsSubsequence(HandelseTyp.SKAPAT, HandelseTyp.SKICKAT_PA_REMISS, HandelseTyp.REMISSVAR,
                HandelseTyp.SKICKAT_FOR_BESLUT, HandelseTyp.FASTSTALLT_AV, HandelseTyp.FASTSTALLT, HandelseTyp.REGISTRERAT,
                HandelseTyp.AKTIVITET_KLAR, HandelseTyp.SLUTRAPPORT_INLAMNAD, HandelseTyp.SLUTRAPPORT_GODKAND);
        folk.loggaIn(TestFolk.REGISTRATOR);
        assertThat(genomforande.slutrapporter(id).getFirst().bilagor()).extracting(Bilaga::filnamn).containsExactly("förslag.pdf");
        assertThat(historik.versioner(id)).extracting(UppdragHistorikService.Version::anledning).containsExactly("REMISS", "BESLUT");
    }

    @Test
    void a_draft_can_go_round_remiss_twice_and_every_sent_version_is_kept() {
        var id = nyttUtkast();
        remiss.skickaPaRemiss(uppgift(TestFolk.AGARE, id, "utkast").id(), List.of(person(TestFolk.MEDLEM)), LocalDate.now(klocka).plusDays(7));
        remiss.svara(uppgift(TestFolk.MEDLEM, id, "remissvar").id(), Remissvar.Svar.ANDRINGAR_BEHOVS, "Lägg till facklig samverkan");

        folk.loggaIn(TestFolk.AGARE);
        uppdrag.spara(Handlingar.medTitel(uppdrag.hamta(id), "Reviderad titel efter remiss"));
        remiss.skickaPaRemiss(uppgift(TestFolk.AGARE, id, "utkast").id(), List.of(person(TestFolk.MEDLEM)), LocalDate.now(klocka).plusDays(7));
        remiss.svara(uppgift(TestFolk.MEDLEM, id, "remissvar").id(), Remissvar.Svar.GODKANT, null);

        folk.loggaIn(TestFolk.AGARE);
        assertThat(remiss.remissvar(id)).extracting(Remissvar::version, Remissvar::svar)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, Remissvar.Svar.ANDRINGAR_BEHOVS),
                        org.assertj.core.groups.Tuple.tuple(2, Remissvar.Svar.GODKANT));
        assertThat(historik.versioner(id)).hasSize(2);
        assertThat(status(id)).isEqualTo(UppdragStatus.UTKAST);
    }

    @Test
    void changes_needed_must_say_which() {
        var id = nyttUtkast();
        remiss.skickaPaRemiss(uppgift(TestFolk.AGARE, id, "utkast").id(), List.of(person(TestFolk.MEDLEM)), LocalDate.now(klocka).plusDays(7));
        var uppgift = uppgift(TestFolk.MEDLEM, id, "remissvar");
        assertThatThrownBy(() -> remiss.svara(uppgift.id(), Remissvar.Svar.ANDRINGAR_BEHOVS, " "))
                .hasMessage("Skriv vilka ändringar som behövs");
        assertThat(status(id)).isEqualTo(UppdragStatus.PA_REMISS);
    }

    @Test
    void a_reviewer_who_never_answers_does_not_block_the_owner_after_the_reply_date() {
        var id = nyttUtkast();
        var svarsdatum = LocalDate.now(klocka).plusDays(10);
        remiss.skickaPaRemiss(uppgift(TestFolk.AGARE, id, "utkast").id(), List.of(person(TestFolk.MEDLEM), person(TestFolk.GIVARE2)), svarsdatum);
        remiss.svara(uppgift(TestFolk.MEDLEM, id, "remissvar").id(), Remissvar.Svar.GODKANT, null);
        assertThat(uppgifter(TestFolk.GIVARE2, id, "remissvar")).hasSize(1);

        tidTill(svarsdatum.plusDays(1));

        assertThat(status(id)).isEqualTo(UppdragStatus.UTKAST);
        assertThat(uppgifter(TestFolk.GIVARE2, id, "remissvar")).isEmpty();
        assertThat(uppgifter(TestFolk.AGARE, id, "utkast")).hasSize(1);
        assertThat(tidslinje(id)).contains(HandelseTyp.REMISS_AVSLUTAD);
    }

    @Test
    void the_owner_may_end_the_round_before_everyone_has_answered() {
        var id = nyttUtkast();
        remiss.skickaPaRemiss(uppgift(TestFolk.AGARE, id, "utkast").id(), List.of(person(TestFolk.MEDLEM)), LocalDate.now(klocka).plusDays(10));
        remiss.avslutaRemissen(uppgift(TestFolk.AGARE, id, "remissuppfoljning").id());
        assertThat(status(id)).isEqualTo(UppdragStatus.UTKAST);
        assertThat(uppgifter(TestFolk.MEDLEM, id, "remissvar")).isEmpty();
    }

    @Test
    void a_reply_date_in_the_past_and_no_reviewers_are_refused() {
        var id = nyttUtkast();
        var utkast = uppgift(TestFolk.AGARE, id, "utkast");
        assertThatThrownBy(() -> remiss.skickaPaRemiss(utkast.id(), List.of(), LocalDate.now(klocka).plusDays(3)))
                .hasMessage("Välj minst en person att skicka remissen till");
        assertThatThrownBy(() -> remiss.skickaPaRemiss(utkast.id(), List.of(person(TestFolk.MEDLEM)), LocalDate.now(klocka).minusDays(1)))
                .hasMessage("Svarsdatumet måste vara i dag eller senare");
    }

    @Test
    void a_reviewer_outside_the_uppdrag_may_read_the_draft_sent_to_them() {
        var id = nyttUtkast();
        folk.loggaIn(TestFolk.UTOMSTAENDE);
        assertThatThrownBy(() -> uppdrag.hamta(id)).isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        remiss.skickaPaRemiss(uppgift(TestFolk.AGARE, id, "utkast").id(), List.of(person(TestFolk.UTOMSTAENDE)), LocalDate.now(klocka).plusDays(3));
        folk.loggaIn(TestFolk.UTOMSTAENDE);
        assertThat(uppdrag.hamta(id).id()).isEqualTo(id);
    }
}
