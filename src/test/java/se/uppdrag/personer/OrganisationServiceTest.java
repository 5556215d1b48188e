package se.uppdrag.personer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

class OrganisationServiceTest extends KatalogTestBase {

    @Test
    void a_tree_is_built_from_the_region_down_to_units_with_names_and_codes() {
        var region = region();
        var kontor = enhet("Koncernkontoret", "KK", Enhetstyp.KONCERNKONTOR, region);
        var avdelning = enhet("Avdelning digitalisering", "KK-DIG", Enhetstyp.AVDELNING, kontor);
        var enhet = enhet("Enhet arkitektur", "KK-ARK", Enhetstyp.ENHET, avdelning);
        assertThat(organisation.hamta(enhet.id()).overordnad()).isEqualTo(avdelning.id());
        assertThat(enhet.kod().value()).isEqualTo("KK-ARK-" + suffix);
        assertThat(organisation.alla()).extracting(Enhet::id).contains(kontor.id(), avdelning.id(), enhet.id());
    }

    @Test
    void there_is_only_one_region_at_the_root() {
        region();
        assertThatThrownBy(() -> organisation.skapa(new NyEnhet("Region Två", new Enhetskod("R2-" + suffix), Enhetstyp.REGION, null)))
                .isInstanceOf(KatalogFelException.class).hasMessageContaining("redan en region");
    }

    @Test
    void a_kind_is_allowed_only_under_a_suitable_parent() {
        var region = region();
        assertThatThrownBy(() -> enhet("Avdelning direkt", "AV", Enhetstyp.AVDELNING, region))
                .isInstanceOf(KatalogFelException.class).hasMessage("En avdelning kan inte ligga under en region");
        var forvaltning = enhet("Hälso- och sjukvårdsförvaltningen", "HSF", Enhetstyp.FORVALTNING, region);
        assertThatThrownBy(() -> enhet("Förvaltning i förvaltning", "FF", Enhetstyp.FORVALTNING, forvaltning))
                .isInstanceOf(KatalogFelException.class);
        assertThatThrownBy(() -> organisation.skapa(new NyEnhet("Lös enhet", new Enhetskod("LOS-" + suffix), Enhetstyp.ENHET, null)))
                .isInstanceOf(KatalogFelException.class).hasMessageContaining("bara regionen står överst");
    }

    @Test
    void codes_are_unique_and_checked_for_their_form() {
        var region = region();
        enhet("Regionservice", "RS", Enhetstyp.FORVALTNING, region);
        assertThatThrownBy(() -> enhet("Regionservice igen", "rs", Enhetstyp.FORVALTNING, region))
                .isInstanceOf(KatalogFelException.class).hasMessageContaining("används redan")
                .extracting(e -> ((KatalogFelException) e).falt()).isEqualTo("kod");
        assertThatThrownBy(() -> new Enhetskod("har mellanslag")).isInstanceOf(KatalogFelException.class);
    }

    @Test
    void a_unit_cannot_be_moved_under_itself_or_its_own_subunits() {
        var region = region();
        var forvaltning = enhet("Förvaltning A", "FA", Enhetstyp.FORVALTNING, region);
        var avdelning = enhet("Avdelning A1", "FA1", Enhetstyp.AVDELNING, forvaltning);
        var underavdelning = enhet("Avdelning A11", "FA11", Enhetstyp.AVDELNING, avdelning);
        assertThatThrownBy(() -> organisation.flytta(avdelning.id(), underavdelning.id()))
                .isInstanceOf(KatalogFelException.class).hasMessageContaining("under sig själv");
        assertThatThrownBy(() -> organisation.flytta(avdelning.id(), avdelning.id())).isInstanceOf(KatalogFelException.class);
        var annan = enhet("Förvaltning B", "FB", Enhetstyp.FORVALTNING, region);
        assertThat(organisation.flytta(avdelning.id(), annan.id()).overordnad()).isEqualTo(annan.id());
    }

    @Test
    void a_unit_people_belong_to_is_not_deleted_and_is_deactivated_only_when_they_have_moved_on() {
        var forvaltning = enhet("Förvaltning C", "FC", Enhetstyp.FORVALTNING, region());
        var avdelning = enhet("Avdelning C1", "FC1", Enhetstyp.AVDELNING, forvaltning);
        var anna = person("Anna Ek", avdelning);
        assertThatThrownBy(() -> organisation.taBort(avdelning.id())).isInstanceOf(KatalogFelException.class);
        assertThatThrownBy(() -> organisation.inaktivera(avdelning.id())).hasMessageContaining("aktiva personer");
        assertThatThrownBy(() -> organisation.inaktivera(forvaltning.id())).hasMessageContaining("aktiva underenheter");
        katalog.inaktivera(anna.id());
        assertThat(organisation.inaktivera(avdelning.id()).aktiv()).isFalse();
        assertThat(personer.hamta(anna.id()).enhet()).as("old records still name the unit").isEqualTo(avdelning.namn());
        assertThatThrownBy(() -> organisation.taBort(avdelning.id())).isInstanceOf(KatalogFelException.class);
    }

    @Test
    void a_unit_made_by_mistake_with_nobody_in_it_can_be_deleted() {
        var tom = enhet("Felskapad", "FEL", Enhetstyp.FORVALTNING, region());
        organisation.taBort(tom.id());
        assertThat(organisation.alla()).extracting(Enhet::id).doesNotContain(tom.id());
    }

    @Test
    void only_an_administrator_changes_the_tree() {
        var region = region();
        folk.loggaIn(se.uppdrag.TestFolk.AGARE);
        assertThatThrownBy(() -> enhet("Obehörig", "OB", Enhetstyp.FORVALTNING, region)).isInstanceOf(AccessDeniedException.class);
        assertThat(organisation.alla()).isNotEmpty();
    }
}
