package se.uppdrag.uppdrag.tidplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import se.uppdrag.Handlingar;
import se.uppdrag.TestFolk;
import se.uppdrag.uppdrag.Aktivitet;
import se.uppdrag.uppdrag.Beslut;
import se.uppdrag.uppdrag.Beslutsfattare;
import se.uppdrag.uppdrag.Beslutsform;
import se.uppdrag.uppdrag.HandelseTyp;
import se.uppdrag.uppdrag.Huvud;
import se.uppdrag.uppdrag.ProcessTestBase;
import se.uppdrag.uppdrag.Tidplan;
import se.uppdrag.uppdrag.Tidsperiod;
import se.uppdrag.uppdrag.UppdragId;
import se.uppdrag.uppdrag.UppdragRef;
import se.uppdrag.uppdrag.Uppdragshandling;
import se.uppdrag.uppdrag.tidplan.Aktivitetslage.Lage;

/** The tidplan as a timeline: activities done, late, and a unit's open uppdrag for those who may read them. */
class TidplanTest extends ProcessTestBase {

    @Autowired
    TidplanService tidplan;

    @Test
    void completing_an_activity_task_marks_that_activity_done_by_its_place_in_the_tidplan_not_by_its_name() {
        klocka.till(LocalDate.of(2026, 5, 4));
        folk.loggaIn(TestFolk.AGARE);
        var id = uppdrag.skapa(medAktiviteter(Handlingar.enkel(uppdrag.nyttUtkast(), "Två workshoppar " + folk.anvandarnamn("x")), List.of(
                new Aktivitet("Workshop", Tidsperiod.manader(YearMonth.of(2026, 6), YearMonth.of(2026, 6)), folk.person(TestFolk.MEDLEM)),
                new Aktivitet("Workshop", Tidsperiod.manader(YearMonth.of(2026, 9), YearMonth.of(2026, 9)), folk.person(TestFolk.TAGARE))))).id();
        skickaForBeslut(id);
        beslut.besluta(uppgift(TestFolk.BESLUTSFATTARE, id, "beslutsuppgift").id(), Beslut.FASTSTALL, null);

        klocka.till(LocalDate.of(2026, 9, 20));
        genomforande.slutforAktivitet(uppgift(TestFolk.TAGARE, id, "aktivitet").id(), "Genomförd");

        folk.loggaIn(TestFolk.MEDLEM);
        var bild = tidplan.uppdrag(id);
        assertThat(bild.idag()).isEqualTo(LocalDate.of(2026, 9, 20));
        var tidplanen = bild.uppdrag().getFirst();
        assertThat(tidplanen.aktiviteter()).extracting(Aktivitetslage::klar).containsExactly(null, LocalDate.of(2026, 9, 20));
        assertThat(tidplanen.aktiviteter()).extracting(a -> tidplanen.lage(a, bild.idag())).containsExactly(Lage.FORSENAD, Lage.KLAR);
        assertThat(tidslinje(id)).contains(HandelseTyp.AKTIVITET_KLAR);
    }

    @Test
    void an_activity_past_its_period_is_late_and_the_uppdrag_is_late_when_its_date_to_report_back_has_passed() {
        klocka.till(LocalDate.of(2026, 5, 4));
        var id = faststalltUppdrag(); // Nulägesanalys juni–aug 2026 (Märta), Förankring 2026-09-01 – 10-15 (nobody), slutleverans 2027-02-04
        folk.loggaIn(TestFolk.GIVARE);
        var fore = tidplan.uppdrag(id);
        var uppdraget = fore.uppdrag().getFirst();
        assertThat(uppdraget.start()).isEqualTo(LocalDate.of(2026, 5, 4));
        assertThat(uppdraget.aterredovisning()).isEqualTo(LocalDate.of(2027, 2, 4));
        assertThat(uppdraget.aktiviteter()).extracting(Aktivitetslage::namn, Aktivitetslage::ansvarig).containsExactly(
                tuple("Nulägesanalys", folk.person(TestFolk.MEDLEM).namn()), tuple("Förankring", null));
        assertThat(uppdraget.aktiviteter()).extracting(a -> uppdraget.lage(a, fore.idag())).containsExactly(Lage.KOMMANDE, Lage.KOMMANDE);

        klocka.till(LocalDate.of(2026, 9, 2));
        var sen = tidplan.uppdrag(id);
        assertThat(sen.uppdrag().getFirst().aktiviteter()).extracting(a -> sen.uppdrag().getFirst().lage(a, sen.idag()))
                .containsExactly(Lage.FORSENAD, Lage.PAGAR);
        assertThat(sen.uppdrag().getFirst().arForsenat(sen.idag())).isFalse();

        klocka.till(LocalDate.of(2027, 2, 5));
        var efter = tidplan.uppdrag(id);
        assertThat(efter.uppdrag().getFirst().arForsenat(efter.idag())).isTrue();
        assertThat(efter.uppdrag().getFirst().aktiviteter()).extracting(a -> efter.uppdrag().getFirst().lage(a, efter.idag()))
                .as("an activity nobody has as a task cannot be reported done, so it is not called late")
                .containsExactly(Lage.FORSENAD, Lage.PASSERAD);
    }

    @Test
    void a_unit_shows_its_decided_and_open_uppdrag_that_the_user_may_read_with_their_activities() {
        var enhet = "Enheten " + folk.anvandarnamn("x");
        klocka.till(LocalDate.of(2026, 5, 4));
        var forsta = faststalltIEnhet(folk, enhet);
        var andraFolk = TestFolk.nytt(beans);
        var andra = faststalltIEnhet(andraFolk, enhet);
        andraFolk.loggaIn(TestFolk.AGARE);
        var utkast = uppdrag.skapa(iEnhet(Handlingar.enkel(uppdrag.nyttUtkast(), "Utkast i enheten"), enhet)).id();

        folk.loggaIn(TestFolk.MEDLEM);
        assertThat(tidplan.enheter()).contains(enhet);
        var medlemmens = tidplan.enhet(enhet);
        assertThat(medlemmens.uppdrag()).extracting(UppdragTidplan::id).containsExactly(forsta);
        assertThat(medlemmens.uppdrag().getFirst().aktiviteter()).extracting(Aktivitetslage::namn)
                .containsExactly("Nulägesanalys", "Förankring");
        assertThat(medlemmens.uppdrag().getFirst().uppdragstagare()).isEqualTo(folk.person(TestFolk.TAGARE).namn());

        folk.loggaIn(TestFolk.REGISTRATOR);
        assertThat(tidplan.enhet(enhet).uppdrag()).extracting(UppdragTidplan::id).containsExactlyInAnyOrder(forsta, andra)
                .doesNotContain(utkast);

        folk.loggaIn(TestFolk.UTOMSTAENDE);
        assertThat(tidplan.enheter()).doesNotContain(enhet);
        assertThat(tidplan.enhet(enhet).uppdrag()).isEmpty();
        assertThat(tidplan.egenEnhet()).contains("Koncernkontoret");
        assertThatThrownBy(() -> tidplan.enhet(" ")).hasMessage("Välj en enhet");
    }

    @Test
    void only_those_who_may_read_an_uppdrag_see_its_timeline() {
        var id = nyttUtkast();
        folk.loggaIn(TestFolk.UTOMSTAENDE);
        assertThatThrownBy(() -> tidplan.uppdrag(id)).isInstanceOf(AccessDeniedException.class);
    }

    private UppdragId faststalltIEnhet(TestFolk vilka, String enhet) {
        vilka.loggaIn(TestFolk.AGARE);
        var lankat = uppdrag.skapa(Handlingar.enkel(uppdrag.nyttUtkast(), "Förstudie " + vilka.anvandarnamn("x")));
        var id = uppdrag.skapa(iEnhet(Handlingar.fullstandig(uppdrag.nyttUtkast(), vilka,
                new UppdragRef(lankat.id(), lankat.titel(), null)), enhet)).id();
        var ursprungligt = folk;
        folk = vilka;
        skickaForBeslut(id);
        beslut.besluta(uppgift(TestFolk.BESLUTSFATTARE, id, "beslutsuppgift").id(), Beslut.FASTSTALL, null);
        folk = ursprungligt;
        return id;
    }

    static Uppdragshandling iEnhet(Uppdragshandling h, String enhet) {
        return new Uppdragshandling(h.id(), h.version(), h.status(), h.agare(), new Huvud(h.huvud().organisation(), enhet, h.huvud().datum()),
                h.diarienummer(), h.titel(), h.uppdragsgivare(), h.uppdragstagare(), h.ersatter(), h.beskrivning(), h.innefattar(),
                h.ska(), h.arbetsorganisation(), h.samband(), h.kommunikation(), h.tidplan(), h.finansiering(), h.beslutsform(),
                h.distribution());
    }

    private Uppdragshandling medAktiviteter(Uppdragshandling h, List<Aktivitet> aktiviteter) {
        return new Uppdragshandling(h.id(), h.version(), h.status(), h.agare(), h.huvud(), h.diarienummer(), h.titel(),
                List.of(folk.person(TestFolk.GIVARE)), folk.person(TestFolk.TAGARE), h.ersatter(), h.beskrivning(), h.innefattar(), h.ska(),
                h.arbetsorganisation(), h.samband(), h.kommunikation(), new Tidplan(null, null, aktiviteter), h.finansiering(),
                new Beslutsform(null, List.of(new Beslutsfattare(folk.person(TestFolk.BESLUTSFATTARE), true)), null, null),
                h.distribution());
    }
}
