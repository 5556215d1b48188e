package se.uppdrag.personer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

class KatalogServiceTest extends KatalogTestBase {

    @Test
    void a_person_is_added_with_unit_title_email_employee_id_and_active_days() {
        var avdelning = enhet("Avdelning P", "AP", Enhetstyp.ENHET, enhet("Förvaltning P", "FP", Enhetstyp.FORVALTNING, region()));
        var bo = katalog.skapa(new Personuppgifter("  Bo   Lind " + suffix, "controller", avdelning.id(),
                EmailAddress.of("bo." + suffix + "@regionexempel.se"), "HSA-" + suffix, LocalDate.of(2024, 1, 1), null));
        assertThat(bo.namn()).isEqualTo("Bo Lind " + suffix);
        assertThat(bo.enhet()).as("documents keep writing the unit's name").isEqualTo(avdelning.namn());
        assertThat(bo.enhetId()).isEqualTo(avdelning.id());
        assertThat(personer.sok("hsa-" + suffix, PageRequest.of(0, 10))).extracting(Person::id).containsExactly(bo.id());
        assertThat(katalog.lista(avdelning.namn(), false, PageRequest.of(0, 10))).extracting(Person::id).containsExactly(bo.id());
    }

    @Test
    void a_deactivated_person_cannot_be_chosen_for_new_work_but_stays_readable() {
        var anna = person("Anna Ek", enhet("Förvaltning D", "FD", Enhetstyp.FORVALTNING, region()));
        assertThat(personer.sok(anna.namn(), PageRequest.of(0, 10))).hasSize(1);
        katalog.inaktivera(anna.id());
        assertThat(personer.sok(anna.namn(), PageRequest.of(0, 10))).as("pickers no longer offer her").isEmpty();
        assertThat(personer.hamta(anna.id()).namn()).as("old records still read her").isEqualTo(anna.namn());
        assertThat(personer.hamta(anna.id()).inaktiverad()).isTrue();
        assertThatThrownBy(() -> personer.kravAktiva(List.of(anna.id()))).isInstanceOf(InaktivPersonException.class)
                .hasMessage(anna.namn() + " är inte längre aktiv och kan inte väljas");
        assertThat(katalog.lista(anna.namn(), false, PageRequest.of(0, 10))).isEmpty();
        assertThat(katalog.lista(anna.namn(), true, PageRequest.of(0, 10))).hasSize(1);
        katalog.aktivera(anna.id());
        assertThat(personer.sok(anna.namn(), PageRequest.of(0, 10))).hasSize(1);
    }

    @Test
    void a_person_is_active_only_between_their_active_days() {
        var ny = katalog.skapa(new Personuppgifter("Nyanställd " + suffix, null, null, null, null,
                LocalDate.of(2031, 3, 1), LocalDate.of(2031, 12, 31)));
        assertThat(personer.sok(ny.namn(), PageRequest.of(0, 10))).as("not yet").isEmpty();
        klocka.till(LocalDate.of(2031, 3, 1));
        assertThat(personer.sok(ny.namn(), PageRequest.of(0, 10))).as("from the first day").hasSize(1);
        personer.kravAktiva(List.of(ny.id()));
        klocka.till(LocalDate.of(2032, 1, 1));
        assertThat(personer.sok(ny.namn(), PageRequest.of(0, 10))).as("no longer").isEmpty();
    }

    @Test
    void nobody_is_ever_deleted_from_the_directory() {
        assertThat(Arrays.stream(KatalogService.class.getMethods()).map(m -> m.getName().toLowerCase()))
                .noneMatch(namn -> namn.contains("delete") || namn.contains("tabort") || namn.contains("radera"));
        assertThat(Arrays.stream(PersonService.class.getMethods()).map(m -> m.getName().toLowerCase()))
                .noneMatch(namn -> namn.contains("delete") || namn.contains("tabort") || namn.contains("radera"));
    }

    @Test
    void an_employee_id_belongs_to_one_person_only() {
        var anna = person("Anna Ek", region());
        assertThatThrownBy(() -> katalog.skapa(new Personuppgifter("Annan " + suffix, null, null, null, anna.anstallningsId(), null, null)))
                .isInstanceOf(KatalogFelException.class).hasMessageContaining("har redan " + anna.namn())
                .extracting(e -> ((KatalogFelException) e).falt()).isEqualTo("anstallningsId");
    }

    @Test
    void bad_input_fails_at_its_field_in_swedish() {
        assertThatThrownBy(() -> new Personuppgifter(" ", null, null, null, null, null, null))
                .isInstanceOf(KatalogFelException.class).hasMessage("Ange personens namn");
        assertThatThrownBy(() -> new Personuppgifter("X", null, null, null, null, LocalDate.of(2026, 5, 1), LocalDate.of(2026, 4, 1)))
                .extracting(e -> ((KatalogFelException) e).falt()).isEqualTo("aktivTill");
        assertThatThrownBy(() -> new Personuppgifter("X", null, null, null, "har mellanslag", null, null))
                .extracting(e -> ((KatalogFelException) e).falt()).isEqualTo("anstallningsId");
    }

    @Test
    void a_deactivated_unit_gets_no_new_people() {
        var forvaltning = enhet("Förvaltning E", "FE", Enhetstyp.FORVALTNING, region());
        var avdelning = enhet("Avdelning E1", "FE1", Enhetstyp.AVDELNING, forvaltning);
        organisation.inaktivera(avdelning.id());
        assertThatThrownBy(() -> person("Per Sund", avdelning)).isInstanceOf(KatalogFelException.class)
                .hasMessageContaining("inaktiverad");
    }

    @Test
    void only_an_administrator_administers_the_directory() {
        folk.loggaIn(se.uppdrag.TestFolk.AGARE);
        assertThatThrownBy(() -> katalog.lista("", true, PageRequest.of(0, 10))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> katalog.inaktivera(folk.person(se.uppdrag.TestFolk.MEDLEM).id())).isInstanceOf(AccessDeniedException.class);
    }
}
