package se.uppdrag.uppdrag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.uppdrag.Handlingar;
import se.uppdrag.TestFolk;

class UppdragshandlingLagringTest extends UppdragTestBase {

    @Test
    void every_section_of_a_full_uppdragshandling_comes_back_exactly_as_it_was_saved() {
        folk.loggaIn(TestFolk.AGARE);
        var lankat = uppdrag.skapa(Handlingar.enkel(uppdrag.nyttUtkast(), "Länkat uppdrag"));
        var utkast = Handlingar.fullstandig(uppdrag.nyttUtkast(), folk, new UppdragRef(lankat.id(), lankat.titel(), null));

        var sparat = uppdrag.skapa(utkast);
        var last = uppdrag.hamta(sparat.id());

        assertThat(last.id()).isNotNull();
        assertThat(last).usingRecursiveComparison().ignoringFields("id", "version").isEqualTo(utkast);
        assertThat(last).isEqualTo(sparat);
    }

    @Test
    void swedish_characters_survive_the_database() {
        var sparat = sparaFullstandigt();
        var last = uppdrag.hamta(sparat.id());
        assertThat(last.titel()).contains("åäö ÅÄÖ é ü");
        assertThat(last.uppdragsgivare().get(1).namn()).startsWith("Gun Östlund");
        assertThat(last.arbetsorganisation().medlemmar().get(1).roll()).isEqualTo("controller, ekonomistöd");
    }

    @Test
    void a_new_uppdrag_is_a_draft_owned_by_its_creator_without_a_diarienummer() {
        var sparat = sparaFullstandigt();
        assertThat(sparat.status()).isEqualTo(UppdragStatus.UTKAST);
        assertThat(sparat.agare()).isEqualTo(folk.person(TestFolk.AGARE));
        assertThat(sparat.diarienummer()).isNull();
    }

    @Test
    void saving_a_draft_never_sets_the_decision_date() {
        var sparat = sparaFullstandigt();
        var forsok = new Uppdragshandling(sparat.id(), sparat.version(), sparat.status(), sparat.agare(), sparat.huvud(),
                sparat.diarienummer(), sparat.titel(), sparat.uppdragsgivare(), sparat.uppdragstagare(), sparat.ersatter(),
                sparat.beskrivning(), sparat.innefattar(), sparat.ska(), sparat.arbetsorganisation(), sparat.samband(),
                sparat.kommunikation(), sparat.tidplan(), sparat.finansiering(),
                new Beslutsform(null, sparat.beslutsform().beslutsfattare(), java.time.LocalDate.of(2026, 1, 1), "Någon"),
                sparat.distribution());
        var efter = uppdrag.spara(forsok);
        assertThat(efter.beslutsform().beslutsdatum()).isNull();
        assertThat(efter.beslutsform().beslutadAv()).isNull();
    }

    @Test
    void an_edited_list_section_replaces_the_old_one_in_the_new_order() {
        var sparat = sparaFullstandigt();
        var omkastade = List.of("beskriva konsekvenser för medarbetare", "kartlägga nuläget");
        var andrat = new Uppdragshandling(sparat.id(), sparat.version(), sparat.status(), sparat.agare(), sparat.huvud(),
                null, sparat.titel(), sparat.uppdragsgivare(), sparat.uppdragstagare(), sparat.ersatter(),
                sparat.beskrivning(), omkastade, List.of(), sparat.arbetsorganisation(), sparat.samband(),
                sparat.kommunikation(), sparat.tidplan(), sparat.finansiering(), sparat.beslutsform(), sparat.distribution());
        var efter = uppdrag.spara(andrat);
        assertThat(uppdrag.hamta(efter.id()).innefattar()).isEqualTo(omkastade);
        assertThat(uppdrag.hamta(efter.id()).ska()).isEmpty();
        assertThat(efter.version()).isGreaterThan(sparat.version());
    }

    @Test
    void a_draft_that_breaks_the_rules_is_refused_with_a_message_per_field() {
        folk.loggaIn(TestFolk.AGARE);
        var tomt = uppdrag.nyttUtkast();
        var tvaEnsamma = new Uppdragshandling(null, 0, tomt.status(), tomt.agare(), tomt.huvud(), null, " ", List.of(), null,
                null, null, List.of(), List.of(), tomt.arbetsorganisation(), tomt.samband(), null,
                new Tidplan(null, tomt.huvud().datum().minusDays(1), List.of()), new Finansiering(null, new java.math.BigDecimal("-5")),
                new Beslutsform(null, List.of(new Beslutsfattare(folk.person(TestFolk.GIVARE), true),
                        new Beslutsfattare(folk.person(TestFolk.BESLUTSFATTARE), true)), null, null), tomt.distribution());

        assertThatThrownBy(() -> uppdrag.skapa(tvaEnsamma))
                .isInstanceOfSatisfying(OgiltigtUppdragException.class, fel -> assertThat(fel.fel())
                        .containsEntry("titel", "Ange uppdragets titel")
                        .containsEntry("beslutsfattare", "Högst en beslutsfattare kan besluta ensam")
                        .containsEntry("slutleverans", "Slutleveransen kan inte ligga före uppdragshandlingens datum")
                        .containsEntry("belopp", "Beloppet ska vara ett positivt belopp i kronor"));
    }
}
