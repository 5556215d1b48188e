package se.uppdrag.uppdrag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import se.uppdrag.Handlingar;
import se.uppdrag.TestFolk;
import se.uppdrag.uppdrag.tidplan.TidplanService;
import se.uppdrag.workflow.UppgiftFilter;

/** Who may mark an uppdrag as under sekretess, who reads it then, and what the lists show to everyone else. */
class SekretessTest extends ProcessTestBase {

    private static final Sekretess HALSA = new Sekretess(OslHanvisning.parse("21 kap. 7 § OSL"), "Uppgifter om enskildas hälsa");
    private static final Sekretess UPPHANDLING = new Sekretess(OslHanvisning.parse("19 kap. 3 § OSL"), "Pågående upphandling");

    @Autowired
    SekretessService sekretess;
    @Autowired
    UppfoljningsunderlagService underlag;
    @Autowired
    TidplanService tidplan;

    private UppdragId markerat(UppdragId id) {
        folk.loggaIn(TestFolk.AGARE);
        sekretess.markera(id, HALSA);
        return id;
    }

    @Test
    void the_owner_a_registrator_and_an_administrator_may_mark_an_uppdrag_and_anyone_else_is_refused_with_a_message() {
        for (var roll : List.of(TestFolk.AGARE, TestFolk.REGISTRATOR, TestFolk.ADMINISTRATOR)) {
            var id = nyttUtkast();
            folk.loggaIn(roll);
            assertThat(sekretess.kanMarkera(id)).as(roll).isTrue();
            sekretess.markera(id, HALSA);
            folk.loggaIn(TestFolk.REGISTRATOR); // an administrator who takes no part no longer reads what they marked
            assertThat(sekretess.hamta(id)).as(roll).contains(HALSA);
        }
        var id = nyttUtkast();
        for (var roll : List.of(TestFolk.GIVARE, TestFolk.TAGARE, TestFolk.MEDLEM, TestFolk.BESLUTSFATTARE, TestFolk.MOTTAGARE,
                TestFolk.UTOMSTAENDE)) {
            folk.loggaIn(roll);
            assertThat(sekretess.kanMarkera(id)).as(roll).isFalse();
            assertThatThrownBy(() -> sekretess.markera(id, HALSA)).as(roll).isInstanceOf(UppdragNekadException.class)
                    .hasMessageContaining("Bara uppdragets ägare, en registrator eller en administratör");
        }
        assertThat(tidslinje(id)).doesNotContain(HandelseTyp.SEKRETESS_MARKERAD);
    }

    @Test
    void a_decided_uppdrag_can_be_marked_too_and_an_unchanged_marking_is_refused() {
        var id = faststalltUppdrag();
        folk.loggaIn(TestFolk.REGISTRATOR);
        sekretess.markera(id, HALSA);
        assertThatThrownBy(() -> sekretess.markera(id, HALSA)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("inget har ändrats");
        assertThat(tidslinje(id).stream().filter(HandelseTyp.SEKRETESS_MARKERAD::equals)).hasSize(1);
    }

    @Test
    void every_change_of_the_marking_is_in_the_history_with_who_and_the_old_and_new_provision() {
        var id = markerat(nyttUtkast());
        folk.loggaIn(TestFolk.REGISTRATOR);
        sekretess.markera(id, UPPHANDLING);
        folk.loggaIn(TestFolk.AGARE);
        sekretess.hav(id);
        assertThat(sekretess.hamta(id)).isEmpty();

        folk.loggaIn(TestFolk.REGISTRATOR);
        var steg = historik.handelser(id).stream().filter(h -> h.typ().name().startsWith("SEKRETESS")).toList();
        assertThat(steg).extracting(Handelse::typ).containsExactly(HandelseTyp.SEKRETESS_MARKERAD, HandelseTyp.SEKRETESS_ANDRAD,
                HandelseTyp.SEKRETESS_HAVD);
        assertThat(steg.get(0).vem()).contains("Åsa Ägare");
        assertThat(steg.get(0).kommentar()).isEqualTo("21 kap. 7 § OSL: Uppgifter om enskildas hälsa");
        assertThat(steg.get(1).vem()).contains("Rut Registrator");
        assertThat(steg.get(1).kommentar()).isEqualTo("21 kap. 7 § OSL → 19 kap. 3 § OSL: Pågående upphandling");
        assertThat(steg.get(2).vem()).contains("Åsa Ägare");
        assertThat(steg.get(2).kommentar()).isEqualTo("19 kap. 3 § OSL → –");
        assertThatThrownBy(() -> {
            folk.loggaIn(TestFolk.AGARE);
            sekretess.hav(id);
        }).isInstanceOf(IllegalStateException.class).hasMessageContaining("inte sekretessmarkerat");
    }

    @Test
    void a_marked_uppdrag_is_read_by_its_participants_and_registrators_and_not_by_an_administrator_who_takes_no_part() {
        var id = faststalltUppdrag();
        folk.loggaIn(TestFolk.ADMINISTRATOR);
        assertThat(uppdrag.hamta(id).id()).as("unmarked: administrators read every uppdrag").isEqualTo(id);
        markerat(id);

        for (var roll : List.of(TestFolk.AGARE, TestFolk.GIVARE, TestFolk.GIVARE2, TestFolk.TAGARE, TestFolk.MEDLEM,
                TestFolk.BESLUTSFATTARE, TestFolk.MOTTAGARE, TestFolk.REGISTRATOR)) {
            folk.loggaIn(roll);
            assertThat(uppdrag.hamta(id).id()).as(roll).isEqualTo(id);
        }
        for (var roll : List.of(TestFolk.ADMINISTRATOR, TestFolk.UTOMSTAENDE)) {
            folk.loggaIn(roll);
            assertThatThrownBy(() -> uppdrag.hamta(id)).as(roll).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> uppdrag.pdf(id)).as(roll).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> historik.handelser(id)).as(roll).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> tidplan.uppdrag(id)).as(roll).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> sekretess.hamta(id)).as(roll).isInstanceOf(AccessDeniedException.class);
        }
        folk.loggaIn(TestFolk.ADMINISTRATOR);
        assertThatThrownBy(() -> atgarder.revidera(id)).as("a revision would copy what the administrator may not read")
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_reviewer_the_owner_named_reads_the_marked_draft_they_are_asked_about() {
        var id = markerat(nyttUtkast());
        remiss.skickaPaRemiss(uppgift(TestFolk.AGARE, id, "utkast").id(), List.of(person(TestFolk.UTOMSTAENDE)),
                LocalDate.now(klocka).plusDays(14));
        folk.loggaIn(TestFolk.UTOMSTAENDE);
        assertThat(uppdrag.hamta(id).id()).isEqualTo(id);
    }

    @Test
    void an_administrator_who_takes_no_part_may_not_change_or_remove_a_marking_for_that_would_open_it_to_them() {
        var id = markerat(nyttUtkast());
        folk.loggaIn(TestFolk.ADMINISTRATOR);
        assertThat(sekretess.kanMarkera(id)).isFalse();
        assertThatThrownBy(() -> sekretess.hav(id)).isInstanceOf(UppdragNekadException.class)
                .hasMessageContaining("administratör som inte deltar");
        assertThatThrownBy(() -> sekretess.markera(id, UPPHANDLING)).isInstanceOf(UppdragNekadException.class);
        folk.loggaIn(TestFolk.REGISTRATOR);
        assertThat(sekretess.hamta(id)).contains(HALSA);
    }

    @Test
    void list_rows_show_an_administrator_the_marking_in_place_of_the_title_and_people_and_the_title_finds_nothing() {
        var unik = "Sekretessprov " + UUID.randomUUID();
        folk.loggaIn(TestFolk.AGARE);
        var id = uppdrag.spara(Handlingar.medTitel(uppdrag.hamta(nyttUtkast()), unik)).id();
        markerat(id);

        folk.loggaIn(TestFolk.ADMINISTRATOR);
        var rad = rad(id);
        assertThat(rad.sekretess()).isTrue();
        assertThat(rad.dold()).isTrue();
        assertThat(rad.titel()).isEmpty();
        assertThat(rad.agare()).isEmpty();
        assertThat(rad.uppdragstagare()).isNull();
        assertThat(lista.lista(new UppdragFilter(unik, Set.of()), PageRequest.of(0, 50))).as("searched by its title").isEmpty();
        var tagare = folk.person(TestFolk.TAGARE).namn();
        assertThat(lista.lista(new UppdragFilter(tagare, Set.of()), PageRequest.of(0, 500)))
                .as("searched by a participant's name").extracting(UppdragRad::id).doesNotContain(id);
        assertThat(lista.sokReferenser(unik, 10)).as("not offered as a linked uppdrag").isEmpty();

        folk.loggaIn(TestFolk.REGISTRATOR);
        assertThat(lista.lista(new UppdragFilter(tagare, Set.of()), PageRequest.of(0, 500))).extracting(UppdragRad::id).contains(id);
        for (var roll : List.of(TestFolk.REGISTRATOR, TestFolk.AGARE, TestFolk.MEDLEM)) {
            folk.loggaIn(roll);
            var synlig = lista.lista(new UppdragFilter(unik, Set.of()), PageRequest.of(0, 50));
            assertThat(synlig).as(roll).singleElement().satisfies(r -> {
                assertThat(r.titel()).isEqualTo(unik);
                assertThat(r.sekretess()).isTrue();
                assertThat(r.dold()).isFalse();
                assertThat(r.agare()).startsWith("Åsa Ägare");
            });
        }
    }

    @Test
    void follow_up_rows_count_the_marked_uppdrag_but_read_sekretess_without_title_people_or_reports_to_an_administrator() {
        var id = markerat(faststalltUppdrag());
        var idag = LocalDate.now(klocka);

        folk.loggaIn(TestFolk.ADMINISTRATOR);
        var rad = underlag.underlag(idag.minusDays(1), idag.plusDays(1), null).stream().filter(u -> u.id().equals(id))
                .findFirst().orElseThrow();
        assertThat(rad.titel()).isEqualTo("Sekretess");
        assertThat(rad.diarienummer()).isNotNull();
        assertThat(rad.uppdragstagare()).isNull();
        assertThat(rad.uppdragsgivare()).isEmpty();
        assertThat(rad.statusrapporter()).isEmpty();

        folk.loggaIn(TestFolk.REGISTRATOR);
        assertThat(underlag.underlag(idag.minusDays(1), idag.plusDays(1), null).stream().filter(u -> u.id().equals(id))
                .findFirst().orElseThrow().titel()).startsWith("Hälso- och sjukvårdens");
    }

    @Test
    void the_handelselogg_shows_an_administrator_who_takes_no_part_that_something_happened_but_no_title_or_comment(
            @Autowired HandelseloggUnderlagService logg) {
        var id = markerat(nyttUtkast());
        remiss.skickaPaRemiss(uppgift(TestFolk.AGARE, id, "utkast").id(), List.of(person(TestFolk.MEDLEM)),
                java.time.LocalDate.now(klocka).plusDays(7));
        var filter = new HandelseloggFilter(null, id, java.time.LocalDate.now(klocka).minusDays(1), java.time.LocalDate.now(klocka));
        folk.loggaIn(TestFolk.ADMINISTRATOR);

        var rader = logg.sida(filter, org.springframework.data.domain.PageRequest.of(0, 50));

        assertThat(rader).isNotEmpty().allSatisfy(rad -> {
            assertThat(rad.uppdrag().titel()).isEqualTo("Sekretess");
            assertThat(rad.kommentar()).isNull();
        });
        assertThat(rader).extracting(Logghandelse::typ).contains(HandelseTyp.SEKRETESS_MARKERAD, HandelseTyp.SKICKAT_PA_REMISS);
    }

    @Test
    void an_administrator_looking_at_someones_tasks_sees_sekretess_in_place_of_the_title() {
        var id = markerat(nyttUtkast());
        folk.loggaIn(TestFolk.ADMINISTRATOR);
        var arenden = beans.getBeansOfType(se.uppdrag.workflow.ArendeKalla.class).values().stream()
                .filter(k -> k.beskriver(se.uppdrag.uppdrag.process.Uppdragsprocessen.NYCKEL)).findFirst().orElseThrow()
                .arenden(List.of(String.valueOf(id.value())));
        assertThat(arenden.get(String.valueOf(id.value())).titel()).isEqualTo("Sekretess");
        folk.loggaIn(TestFolk.AGARE);
        assertThat(uppgifter.mina(UppgiftFilter.alla()).stream().filter(u -> u.arende() != null
                && u.arende().nyckel().equals(String.valueOf(id.value())))).allSatisfy(u ->
                        assertThat(u.arende().titel()).startsWith("Hälso- och sjukvårdens"));
    }

    @Test
    void a_revision_of_a_marked_uppdrag_is_marked_too() {
        var id = markerat(faststalltUppdrag());
        folk.loggaIn(TestFolk.GIVARE);
        var revision = atgarder.revidera(id);
        assertThat(sekretess.hamta(revision)).contains(HALSA);
        assertThat(tidslinje(revision)).contains(HandelseTyp.SEKRETESS_MARKERAD);
    }

    @Test
    void another_uppdrag_that_links_to_a_marked_one_names_it_by_diarienummer_with_sekretess_for_its_title() {
        var lankat = Handlingar.sparaFullstandigt(uppdrag, folk); // saved linked to a smaller uppdrag
        folk.loggaIn(TestFolk.AGARE);
        var forre = uppdrag.hamta(lankat.id()).samband().uppdrag().getFirst();
        markerat(forre.id());
        folk.loggaIn(TestFolk.AGARE);
        assertThat(uppdrag.hamta(lankat.id()).samband().uppdrag()).singleElement()
                .satisfies(ref -> assertThat(ref.titel()).isEqualTo("Sekretess"));
    }

    @Test
    void an_administrator_finds_a_marked_uppdrag_by_its_diarienummer_and_the_row_keeps_the_marking() {
        var id = markerat(faststalltUppdrag());
        var dnr = somRegistrator(id).diarienummer().toString();
        folk.loggaIn(TestFolk.ADMINISTRATOR);
        assertThat(lista.lista(new UppdragFilter(dnr, Set.of()), PageRequest.of(0, 50))).singleElement().satisfies(r -> {
            assertThat(r.diarienummer()).hasToString(dnr);
            assertThat(r.dold()).isTrue();
            assertThat(r.titel()).isEmpty();
        });
    }

    private UppdragRad rad(UppdragId id) {
        return lista.lista(new UppdragFilter("", Set.of()), PageRequest.of(0, 500)).stream().filter(r -> r.id().equals(id))
                .findFirst().orElseThrow(() -> new AssertionError("raden saknas i listan"));
    }
}
