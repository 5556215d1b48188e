package se.uppdrag.uppdrag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.uppdrag.Handlingar;
import se.uppdrag.TestFolk;
import se.uppdrag.personer.InaktivPersonException;
import se.uppdrag.personer.KatalogService;

/** A deactivated person cannot be chosen for new work; what already names them stays as it is. */
class InaktivPersonTest extends ProcessTestBase {

    @Autowired
    KatalogService katalog;

    private void inaktivera(String roll) {
        folk.loggaIn(TestFolk.ADMINISTRATOR);
        katalog.inaktivera(folk.person(roll).id());
    }

    @Test
    void a_deactivated_person_cannot_be_named_in_a_new_draft() {
        folk.loggaIn(TestFolk.AGARE);
        var lankat = uppdrag.skapa(Handlingar.enkel(uppdrag.nyttUtkast(), "Förstudie " + folk.anvandarnamn("i")));
        inaktivera(TestFolk.TAGARE);
        folk.loggaIn(TestFolk.AGARE);
        var utkast = Handlingar.fullstandig(uppdrag.nyttUtkast(), folk, new UppdragRef(lankat.id(), lankat.titel(), null));
        assertThatThrownBy(() -> uppdrag.skapa(utkast)).isInstanceOf(OgiltigtUppdragException.class)
                .satisfies(fel -> assertThat(((OgiltigtUppdragException) fel).fel())
                        .containsEntry("uppdragstagare", folk.person(TestFolk.TAGARE).namn() + " är inte längre aktiv och kan inte väljas"));
    }

    @Test
    void a_draft_that_already_names_a_deactivated_person_is_still_saved_but_gets_nobody_new_who_is_inactive() {
        var sparat = sparaFullstandigt();
        inaktivera(TestFolk.MEDLEM);
        inaktivera(TestFolk.UTOMSTAENDE);
        folk.loggaIn(TestFolk.AGARE);
        var oppnat = uppdrag.hamta(sparat.id());
        assertThat(oppnat.arbetsorganisation().medlemmar()).extracting(m -> m.person().namn())
                .contains(folk.person(TestFolk.MEDLEM).namn());
        var andrat = uppdrag.spara(Handlingar.medTitel(oppnat, "Ny titel " + folk.anvandarnamn("t")));
        assertThat(andrat.titel()).startsWith("Ny titel");
        var medNyInaktiv = new Uppdragshandling(andrat.id(), andrat.version(), andrat.status(), andrat.agare(), andrat.huvud(),
                andrat.diarienummer(), andrat.titel(), andrat.uppdragsgivare(), folk.person(TestFolk.UTOMSTAENDE), andrat.ersatter(),
                andrat.beskrivning(), andrat.innefattar(), andrat.ska(), andrat.arbetsorganisation(), andrat.samband(),
                andrat.kommunikation(), andrat.tidplan(), andrat.finansiering(), andrat.beslutsform(), andrat.distribution());
        assertThatThrownBy(() -> uppdrag.spara(medNyInaktiv)).isInstanceOf(OgiltigtUppdragException.class)
                .satisfies(fel -> assertThat(((OgiltigtUppdragException) fel).fel()).containsOnlyKeys("uppdragstagare"));
    }

    @Test
    void a_task_is_neither_reassigned_nor_delegated_nor_sent_for_review_to_a_deactivated_person() {
        var id = nyttUtkast();
        var utkast = uppgift(TestFolk.AGARE, id, "utkast");
        inaktivera(TestFolk.GIVARE2);
        folk.loggaIn(TestFolk.AGARE);
        assertThatThrownBy(() -> uppgifter.omfordela(utkast.id(), person(TestFolk.GIVARE2))).isInstanceOf(InaktivPersonException.class)
                .hasMessageContaining("inte längre aktiv");
        assertThatThrownBy(() -> uppgifter.delegera(utkast.id(), person(TestFolk.GIVARE2))).isInstanceOf(InaktivPersonException.class);
        assertThatThrownBy(() -> remiss.skickaPaRemiss(utkast.id(), List.of(person(TestFolk.GIVARE2)), LocalDate.now(klocka).plusDays(3)))
                .isInstanceOf(InaktivPersonException.class);
        assertThat(uppgifter(TestFolk.AGARE, id, "utkast")).hasSize(1);
    }

    @Test
    void a_deactivated_persons_open_tasks_are_listed_for_the_administrator_who_reassigns_them() {
        var id = nyttUtkast();
        var utkast = uppgift(TestFolk.AGARE, id, "utkast");
        inaktivera(TestFolk.AGARE);
        folk.loggaIn(TestFolk.ADMINISTRATOR);
        assertThat(uppgifter.forPerson(person(TestFolk.AGARE))).extracting(u -> u.id()).contains(utkast.id());
        uppgifter.omfordela(utkast.id(), person(TestFolk.UTOMSTAENDE));
        assertThat(uppgifter.forPerson(person(TestFolk.AGARE))).extracting(u -> u.id()).doesNotContain(utkast.id());
        assertThat(uppgifter.forPerson(person(TestFolk.UTOMSTAENDE))).extracting(u -> u.id()).contains(utkast.id());
    }
}
