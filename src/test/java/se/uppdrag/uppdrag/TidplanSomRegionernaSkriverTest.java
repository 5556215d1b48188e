package se.uppdrag.uppdrag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.uppdrag.Handlingar;
import se.uppdrag.TestFolk;
import se.uppdrag.uppdrag.tidplan.Aktivitetslage;
import se.uppdrag.uppdrag.tidplan.TidplanService;

/**
 * A tidplan as regions write it: periods as quarters, years and "Under 2026", an activity a unit or role is
 * responsible for (its task goes to the uppdragstagare), and a unit responsible in follow-up; stored, decided, shown
 * in the PDF and on the timeline in the order of their periods.
 */
class TidplanSomRegionernaSkriverTest extends ProcessTestBase {

    @Autowired
    TidplanService tidplaner;
    @Autowired
    UppfoljningsunderlagService underlag;

    private UppdragId utkast(Tidplan tidplan) {
        var sparat = sparaFullstandigt();
        return uppdrag.spara(Handlingar.medTidplan(sparat, tidplan)).id();
    }

    private Tidplan tidplan() {
        return new Tidplan("Arbetet är högt prioriterat.", LocalDate.of(2027, 6, 30), Statusrapportering.HALVAR, List.of(
                new Aktivitet("Införande", Tidsperiod.parse("2026 – 2027"), null, "Respektive CD och VC"),
                new Aktivitet("Kartläggning", Tidsperiod.parse("kv3 2026"), null, "CIFU"),
                new Aktivitet("Förankring", Tidsperiod.parse("Under 2026"), folk.person(TestFolk.MEDLEM)),
                new Aktivitet("Uppstart", Tidsperiod.parse("Juni 2026"), null)), "Ekonomidirektör");
    }

    @Test
    void every_form_of_period_and_a_unit_responsible_come_back_as_they_were_saved() {
        var tidplan = tidplan();
        var id = utkast(tidplan);
        var last = uppdrag.hamta(id).tidplan();
        assertThat(last).isEqualTo(tidplan);
        assertThat(last.aktiviteter()).extracting(a -> a.period().visning(), Aktivitet::ansvarigVisning).containsExactly(
                tuple("2026 – 2027", "Respektive CD och VC"), tuple("Q3 2026", "CIFU"),
                tuple("Under 2026", folk.person(TestFolk.MEDLEM).namn()), tuple("Juni 2026", ""));
    }

    @Test
    void a_unit_responsible_that_is_too_long_is_refused_at_the_activities() {
        var sparat = sparaFullstandigt();
        var lang = "x".repeat(Aktivitet.ANSVARIG_TEXT_MAX + 1);
        var tidplan = new Tidplan(null, null, List.of(new Aktivitet("Kartläggning", Tidsperiod.parse("Q3 2026"), null, lang)));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> uppdrag.spara(Handlingar.medTidplan(sparat, tidplan)))
                .isInstanceOfSatisfying(OgiltigtUppdragException.class, fel -> assertThat(fel.fel())
                        .containsEntry("aktiviteter", "En ansvarig enhet eller roll får vara högst 300 tecken."));
    }

    @Test
    void a_person_and_a_unit_cannot_both_be_responsible_for_one_activity() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Aktivitet("Kartläggning", Tidsperiod.parse("Q3 2026"),
                folk.person(TestFolk.MEDLEM), "CIFU"))
                .hasMessage("Ange en person eller en enhet eller roll som ansvarig för aktiviteten, inte båda.");
    }

    @Test
    void the_task_of_an_activity_a_unit_is_responsible_for_goes_to_the_uppdragstagare_due_at_the_end_of_its_quarter() {
        var id = utkast(tidplan());
        skickaForBeslut(id);
        beslut.besluta(uppgift(TestFolk.BESLUTSFATTARE, id, "beslutsuppgift").id(), Beslut.FASTSTALL, null);

        assertThat(uppgifter(TestFolk.TAGARE, id, "aktivitet")).extracting(u -> u.namn(), u -> u.forfaller())
                .containsExactlyInAnyOrder(tuple("Genomför aktiviteten Införande", LocalDate.of(2027, 12, 31)),
                        tuple("Genomför aktiviteten Kartläggning", LocalDate.of(2026, 9, 30)));
        assertThat(uppgifter(TestFolk.MEDLEM, id, "aktivitet")).extracting(u -> u.namn(), u -> u.forfaller())
                .containsExactly(tuple("Genomför aktiviteten Förankring", LocalDate.of(2026, 12, 31)));
        var kartlaggning = uppgifter(TestFolk.TAGARE, id, "aktivitet").stream()
                .filter(u -> u.namn().endsWith("Kartläggning")).findFirst().orElseThrow();
        genomforande.slutforAktivitet(kartlaggning.id(), "Kartlagt av CIFU");
        assertThat(tidslinje(id)).contains(HandelseTyp.AKTIVITET_KLAR);
    }

    @Test
    void the_pdf_writes_the_periods_and_the_units_responsible_as_the_region_does() throws Exception {
        var id = utkast(tidplan());
        folk.loggaIn(TestFolk.AGARE);
        String text;
        try (var dokument = Loader.loadPDF(uppdrag.pdf(id))) {
            text = new PDFTextStripper().getText(dokument);
        }
        assertThat(text).contains("Ansvarig i uppföljningen: Ekonomidirektör.").contains("Q3 2026").contains("CIFU")
                .contains("2026 – 2027").contains("Respektive CD och VC").contains("Under 2026");
    }

    @Test
    void the_timeline_spans_a_quarter_over_three_months_and_years_over_twelve_and_sorts_by_start_then_end() {
        var id = utkast(tidplan());
        folk.loggaIn(TestFolk.AGARE);
        var aktiviteter = tidplaner.uppdrag(id).uppdrag().getFirst().aktiviteter();
        assertThat(aktiviteter).extracting(Aktivitetslage::namn, a -> a.period().start(), a -> a.period().slut(), Aktivitetslage::ansvarig)
                .containsExactly(
                        tuple("Förankring", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), folk.person(TestFolk.MEDLEM).namn()),
                        tuple("Införande", LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31), "Respektive CD och VC"),
                        tuple("Uppstart", LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 30), null),
                        tuple("Kartläggning", LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30), "CIFU"));
    }

    @Test
    void the_follow_up_is_told_the_unit_responsible_in_follow_up() {
        var id = utkast(tidplan());
        skickaForBeslut(id);
        beslut.besluta(uppgift(TestFolk.BESLUTSFATTARE, id, "beslutsuppgift").id(), Beslut.FASTSTALL, null);
        folk.loggaIn(TestFolk.AGARE);
        assertThat(underlag.mina()).filteredOn(u -> u.id().equals(id)).singleElement().satisfies(u -> {
            assertThat(u.ansvarigIUppfoljning()).isEqualTo("Ekonomidirektör");
            assertThat(u.uppdragstagare()).isEqualTo(folk.person(TestFolk.TAGARE).namn());
        });
    }
}
