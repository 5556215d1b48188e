package se.uppdrag.uppdrag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import se.uppdrag.Handlingar;
import se.uppdrag.TestFolk;

class UppdragAtkomstTest extends UppdragTestBase {

    @Test
    void every_participant_can_read_the_uppdrag() {
        var sparat = sparaFullstandigt();
        for (var roll : new String[] {TestFolk.AGARE, TestFolk.GIVARE, TestFolk.GIVARE2, TestFolk.TAGARE, TestFolk.MEDLEM,
                TestFolk.BESLUTSFATTARE, TestFolk.MOTTAGARE}) {
            folk.loggaIn(roll);
            assertThat(uppdrag.hamta(sparat.id()).titel()).as(roll).isEqualTo(sparat.titel());
        }
    }

    @Test
    void someone_who_takes_no_part_cannot_read_it() {
        var sparat = sparaFullstandigt();
        folk.loggaIn(TestFolk.UTOMSTAENDE);
        assertThatThrownBy(() -> uppdrag.hamta(sparat.id())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_registrator_reads_every_uppdrag() {
        var sparat = sparaFullstandigt();
        folk.loggaIn(TestFolk.REGISTRATOR);
        assertThat(uppdrag.hamta(sparat.id()).id()).isEqualTo(sparat.id());
    }

    @Test
    void only_the_owner_can_edit_the_draft() {
        var sparat = sparaFullstandigt();
        for (var roll : new String[] {TestFolk.TAGARE, TestFolk.GIVARE, TestFolk.REGISTRATOR, TestFolk.UTOMSTAENDE}) {
            folk.loggaIn(roll);
            assertThatThrownBy(() -> uppdrag.spara(sparat)).as(roll).isInstanceOf(AccessDeniedException.class);
            assertThat(uppdrag.kanRedigera(sparat.id())).as(roll).isFalse();
        }
        folk.loggaIn(TestFolk.AGARE);
        assertThat(uppdrag.kanRedigera(sparat.id())).isTrue();
    }

    @Test
    void only_handlaggare_can_start_a_new_uppdrag() {
        folk.loggaIn(TestFolk.MEDLEM);
        assertThatThrownBy(() -> uppdrag.nyttUtkast()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void nobody_reads_anything_without_logging_in() {
        var sparat = sparaFullstandigt();
        TestFolk.loggaUt();
        assertThatThrownBy(() -> uppdrag.hamta(sparat.id())).isInstanceOf(RuntimeException.class);
    }

    @Test
    void the_list_shows_a_participant_their_uppdrag_and_hides_the_others() {
        var sparat = sparaFullstandigt();
        folk.loggaIn(TestFolk.MEDLEM);
        var sok = new UppdragFilter(sparat.titel(), java.util.Set.of());
        assertThat(lista.lista(sok, PageRequest.of(0, 50))).extracting(UppdragRad::id).containsExactly(sparat.id());
        folk.loggaIn(TestFolk.UTOMSTAENDE);
        assertThat(lista.lista(sok, PageRequest.of(0, 50))).isEmpty();
        assertThat(lista.rakna(sok)).isZero();
    }

    @Test
    void saving_over_a_change_someone_else_made_is_refused_and_keeps_their_change() {
        var sparat = sparaFullstandigt();
        var forstaAndring = Handlingar.medTitel(sparat, "Första ändringen");
        var andraAndring = Handlingar.medTitel(sparat, "Andra ändringen, från en gammal version");
        uppdrag.spara(forstaAndring);

        assertThatThrownBy(() -> uppdrag.spara(andraAndring)).isInstanceOfSatisfying(UppdragKonfliktException.class,
                konflikt -> assertThat(konflikt.andradAv()).startsWith("Åsa Ägare"));
        assertThat(uppdrag.hamta(sparat.id()).titel()).isEqualTo("Första ändringen");
    }
}
