package se.uppdrag.uppdrag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.uppdrag.Handlingar;
import se.uppdrag.TestFolk;

/** What a draft may lack and a decision may not: the parties, the beslutsfattare, a slutleverans still to come. */
class BeslutskravTest extends ProcessTestBase {

    @Test
    void a_draft_lacking_parties_and_beslutsfattare_is_saved_but_not_sent_for_decision() {
        folk.loggaIn(TestFolk.AGARE);
        var id = uppdrag.skapa(Handlingar.enkel(uppdrag.nyttUtkast(), "Bara en titel " + folk.anvandarnamn("t"))).id();
        var utkast = uppgift(TestFolk.AGARE, id, "utkast");

        assertThatThrownBy(() -> beslut.skickaForBeslut(utkast.id())).isInstanceOfSatisfying(SaknasForBeslutException.class,
                fel -> assertThat(fel.saknas()).containsExactly(Beslutskrav.UPPDRAGSGIVARE, Beslutskrav.UPPDRAGSTAGARE,
                        Beslutskrav.BESLUTSFATTARE));
        assertThat(status(id)).isEqualTo(UppdragStatus.UTKAST);
    }

    @Test
    void a_slutleverans_that_has_passed_is_refused_when_the_draft_is_sent_for_decision() {
        var id = nyttUtkast();
        folk.loggaIn(TestFolk.AGARE);
        var slutleverans = uppdrag.hamta(id).tidplan().slutleverans();
        klocka.till(slutleverans.plusDays(1));

        assertThatThrownBy(() -> skickaForBeslut(id)).isInstanceOfSatisfying(SaknasForBeslutException.class,
                fel -> assertThat(fel.saknas()).containsExactly(Beslutskrav.SLUTLEVERANS));
        assertThat(status(id)).isEqualTo(UppdragStatus.UTKAST);

        klocka.aterstall();
        skickaForBeslut(id);
        assertThat(status(id)).isEqualTo(UppdragStatus.FOR_BESLUT);
    }

    @Test
    void the_owner_sends_the_draft_for_decision_by_the_uppdrag_without_naming_the_task() {
        var id = nyttUtkast();
        folk.loggaIn(TestFolk.AGARE);
        assertThat(beslut.kanSkickasForBeslut(id)).isTrue();
        beslut.skickaForBeslut(id);
        assertThat(status(id)).isEqualTo(UppdragStatus.FOR_BESLUT);
        folk.loggaIn(TestFolk.AGARE);
        assertThat(beslut.kanSkickasForBeslut(id)).isFalse();
    }

    @Test
    void a_revision_may_not_set_its_slutleverans_before_the_decision_it_revises() {
        var id = faststalltUppdrag();
        var beslutat = somRegistrator(id).beslutsform().beslutsdatum();
        folk.loggaIn(TestFolk.GIVARE);
        var revision = atgarder.revidera(id);
        folk.loggaIn(TestFolk.AGARE);
        var utkast = uppdrag.hamta(revision);
        assertThat(uppdrag.beslutsdatumForSlutleverans(utkast)).isEqualTo(beslutat);

        var tidigt = new Uppdragshandling(utkast.id(), utkast.version(), utkast.status(), utkast.agare(),
                new Huvud(utkast.huvud().organisation(), utkast.huvud().enhet(), beslutat.minusDays(30)), utkast.diarienummer(),
                utkast.titel(), utkast.uppdragsgivare(), utkast.uppdragstagare(), utkast.ersatter(), utkast.beskrivning(),
                utkast.innefattar(), utkast.ska(), utkast.arbetsorganisation(), utkast.samband(), utkast.kommunikation(),
                new Tidplan(null, beslutat.minusDays(1), utkast.tidplan().aktiviteter()), utkast.finansiering(),
                utkast.beslutsform(), utkast.distribution());
        assertThatThrownBy(() -> uppdrag.spara(tidigt)).isInstanceOfSatisfying(OgiltigtUppdragException.class,
                fel -> assertThat(fel.fel()).containsEntry("slutleverans", "Slutleveransen kan inte ligga före beslutet den " + beslutat));

        uppdrag.spara(Handlingar.medSlutleverans(utkast, beslutat.plusMonths(3)));
        assertThat(uppdrag.hamta(revision).tidplan().slutleverans()).isEqualTo(beslutat.plusMonths(3));
    }

    @Test
    void a_new_draft_is_not_filled_in_with_the_sentence_on_extra_resources_and_a_saved_one_keeps_it() {
        folk.loggaIn(TestFolk.AGARE);
        assertThat(uppdrag.nyttUtkast().arbetsorganisation().notering()).isNull();
        var sparat = sparaFullstandigt();
        assertThat(uppdrag.hamta(sparat.id()).arbetsorganisation().notering()).isEqualTo(Arbetsorganisation.RESURSER_VID_BEHOV);
    }

    @Test
    void beslutskrav_list_what_is_missing_in_the_order_of_the_document() {
        var idag = LocalDate.of(2026, 12, 1);
        assertThat(Beslutskrav.saknas(java.util.List.of(), null, java.util.List.of(), idag.minusDays(1), idag))
                .containsExactly(Beslutskrav.UPPDRAGSGIVARE, Beslutskrav.UPPDRAGSTAGARE, Beslutskrav.SLUTLEVERANS,
                        Beslutskrav.BESLUTSFATTARE);
        assertThat(Beslutskrav.saknas(java.util.List.of(), null, java.util.List.of(), idag, idag)).doesNotContain(Beslutskrav.SLUTLEVERANS);
        assertThat(Beslutskrav.saknas(java.util.List.of(), null, java.util.List.of(), null, idag)).doesNotContain(Beslutskrav.SLUTLEVERANS);
    }
}
