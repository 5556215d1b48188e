package se.uppdrag.uppdrag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import se.uppdrag.Handlingar;
import se.uppdrag.TestFolk;

class UppdragSokTest extends UppdragTestBase {

    @Test
    void the_list_finds_uppdrag_by_a_participants_name() {
        var sparat = sparaFullstandigt();
        folk.loggaIn(TestFolk.REGISTRATOR);
        var medlemmensNamn = folk.person(TestFolk.MEDLEM).namn();
        assertThat(lista.lista(new UppdragFilter(medlemmensNamn, Set.of()), PageRequest.of(0, 50)))
                .extracting(UppdragRad::id).contains(sparat.id());
    }

    @Test
    void the_list_filters_on_status() {
        var sparat = sparaFullstandigt();
        folk.loggaIn(TestFolk.AGARE);
        var agarensNamn = folk.person(TestFolk.AGARE).namn();
        assertThat(lista.lista(new UppdragFilter(agarensNamn, Set.of(UppdragStatus.UTKAST)), PageRequest.of(0, 50)))
                .extracting(UppdragRad::id).contains(sparat.id());
        assertThat(lista.lista(new UppdragFilter(agarensNamn, Set.of(UppdragStatus.PAGAENDE)), PageRequest.of(0, 50)))
                .isEmpty();
    }

    @Test
    void the_list_sorts_by_title_and_pages() {
        folk.loggaIn(TestFolk.AGARE);
        var prefix = folk.person(TestFolk.AGARE).namn().substring(10);
        for (var titel : new String[] {"C-uppdrag ", "A-uppdrag ", "B-uppdrag "}) {
            uppdrag.skapa(Handlingar.enkel(uppdrag.nyttUtkast(), titel + prefix));
        }
        var filter = new UppdragFilter(prefix, Set.of());
        assertThat(lista.lista(filter, PageRequest.of(0, 2, Sort.by("titel")))).extracting(UppdragRad::titel)
                .containsExactly("A-uppdrag " + prefix, "B-uppdrag " + prefix);
        assertThat(lista.lista(filter, PageRequest.of(1, 2, Sort.by("titel")))).extracting(UppdragRad::titel)
                .containsExactly("C-uppdrag " + prefix);
        assertThat(lista.rakna(filter)).isEqualTo(3);
    }

    @Test
    void an_unknown_sort_column_falls_back_to_the_latest_changed_first() {
        folk.loggaIn(TestFolk.AGARE);
        var prefix = folk.person(TestFolk.AGARE).namn().substring(10);
        uppdrag.skapa(Handlingar.enkel(uppdrag.nyttUtkast(), "Äldre " + prefix));
        uppdrag.skapa(Handlingar.enkel(uppdrag.nyttUtkast(), "Nyare " + prefix));
        assertThat(lista.lista(new UppdragFilter(prefix, Set.of()), PageRequest.of(0, 10, Sort.by("beskrivning"))))
                .extracting(UppdragRad::titel).containsExactly("Nyare " + prefix, "Äldre " + prefix);
    }
}
