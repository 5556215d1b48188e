package se.uppdrag.uppdrag.versioner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import se.uppdrag.TestFolk;
import se.uppdrag.uppdrag.Aktivitet;
import se.uppdrag.uppdrag.Arbetsgruppsmedlem;
import se.uppdrag.uppdrag.Arbetsorganisation;
import se.uppdrag.uppdrag.Distribution;
import se.uppdrag.uppdrag.ProcessTestBase;
import se.uppdrag.uppdrag.Remissvar;
import se.uppdrag.uppdrag.Tidplan;
import se.uppdrag.uppdrag.Tidsperiod;
import se.uppdrag.uppdrag.Uppdragshandling;
import se.uppdrag.uppdrag.versioner.Jamforelse.Andring;
import se.uppdrag.uppdrag.versioner.Jamforelse.Avsnitt;
import se.uppdrag.uppdrag.versioner.Jamforelse.Skillnad;

/** The versions kept when an uppdrag is sent på remiss and för beslut, compared section by section. */
class VersionJamforelseTest extends ProcessTestBase {

    @Autowired
    VersionJamforelseService jamforelse;

    @Test
    void sections_edited_between_two_sends_are_compared_section_by_section() {
        var id = nyttUtkast();
        remiss.skickaPaRemiss(uppgift(TestFolk.AGARE, id, "utkast").id(), List.of(person(TestFolk.MEDLEM)), LocalDate.now(klocka).plusDays(7));
        remiss.svara(uppgift(TestFolk.MEDLEM, id, "remissvar").id(), Remissvar.Svar.ANDRINGAR_BEHOVS, "Lägg till facklig samverkan");
        folk.loggaIn(TestFolk.AGARE);
        uppdrag.spara(reviderad(uppdrag.hamta(id)));
        skickaForBeslut(id);

        folk.loggaIn(TestFolk.MEDLEM);
        var jamforelse = this.jamforelse.jamfor(id, 1, 2);

        assertThat(jamforelse.andrade()).extracting(Avsnitt::rubrik).containsExactly("Uppdrag", "Uppdraget ska",
                "Arbetsorganisation", "Kommunikation", "Tidplan", "Uppdraget skickas till");
        assertThat(jamforelse.oforandrade()).extracting(Avsnitt::rubrik).contains(null, "Uppdragsgivare", "Uppdragstagare",
                "Ersätter", "Uppdragsbeskrivning", "Uppdraget innefattar", "Samband och gränsdragning",
                "Kostnader och finansiering", "Form för beslut när uppdraget är klart");
        assertThat(andringar(jamforelse, "Uppdrag")).extracting(Andring::skillnad, Andring::efter)
                .containsExactly(tuple(Skillnad.ANDRAT, "Reviderad: Hälso- och sjukvårdens organisering av verksamhetsutveckling – åäö ÅÄÖ é ü"));
        assertThat(andringar(jamforelse, "Uppdraget ska")).extracting(Andring::skillnad, Andring::efter)
                .containsExactly(tuple(Skillnad.TILLAGT, "beakta facklig samverkan"));
        var medlem = folk.person(TestFolk.MEDLEM).namn();
        assertThat(andringar(jamforelse, "Arbetsorganisation")).extracting(Andring::skillnad, Andring::del, Andring::fore, Andring::efter)
                .containsExactly(tuple(Skillnad.ANDRAT, "Arbetsgruppen utgörs av", medlem + ", controller, ekonomistöd",
                        medlem + ", controller och ekonomistöd"));
        assertThat(andringar(jamforelse, "Kommunikation")).singleElement().satisfies(a -> assertThat(a.text())
                .filteredOn(bit -> bit.skillnad() == Skillnad.TILLAGT).extracting(Jamforelse.Textbit::text)
                .containsExactly(" och koncernledningen"));
        assertThat(andringar(jamforelse, "Tidplan")).extracting(Andring::skillnad, Andring::del, Andring::fore, Andring::efter)
                .containsExactly(tuple(Skillnad.ANDRAT, "Aktivitet", "Nulägesanalys; Tidplan: Juni – aug 2026; Ansvarig: " + medlem,
                        "Nulägesanalys; Tidplan: Juni – sep 2026; Ansvarig: " + medlem));
        assertThat(andringar(jamforelse, "Uppdraget skickas till")).extracting(Andring::skillnad, Andring::del, Andring::fore)
                .containsExactly(tuple(Skillnad.BORTTAGET, "För kännedom", "Samverkansgruppen för distribution till förvaltningarna"));
    }

    @Test
    void a_version_compared_with_itself_or_with_an_unchanged_current_text_has_no_changes() {
        var id = nyttUtkast();
        remiss.skickaPaRemiss(uppgift(TestFolk.AGARE, id, "utkast").id(), List.of(person(TestFolk.MEDLEM)), LocalDate.now(klocka).plusDays(7));
        folk.loggaIn(TestFolk.AGARE);
        assertThat(jamforelse.jamfor(id, 1, VersionJamforelseService.AKTUELL).andrade()).isEmpty();
        assertThat(jamforelse.jamfor(id, 1, 1).andrade()).isEmpty();
    }

    @Test
    void the_version_sent_for_decision_against_the_current_text_shows_the_diarienummer_the_decision_date_and_who_decided() {
        var id = faststalltUppdrag();
        var faststallt = somRegistrator(id);
        var jamforelse = this.jamforelse.jamfor(id, 1, VersionJamforelseService.AKTUELL);

        assertThat(jamforelse.andrade()).extracting(Avsnitt::rubrik).containsExactly(null, "Form för beslut när uppdraget är klart");
        assertThat(andringar(jamforelse, null)).extracting(Andring::fore, Andring::efter)
                .containsExactly(tuple("Diarienummer –", "Diarienummer " + faststallt.diarienummer()));
        assertThat(andringar(jamforelse, "Form för beslut när uppdraget är klart")).extracting(Andring::efter)
                .containsExactly("Datum för beslut: " + faststallt.beslutsform().beslutsdatum(),
                        "Beslutat av: " + faststallt.beslutsform().beslutadAv());
    }

    @Test
    void only_those_who_may_read_the_uppdrag_may_compare_its_versions_and_a_missing_version_is_said_so() {
        var id = nyttUtkast();
        skickaForBeslut(id);
        folk.loggaIn(TestFolk.UTOMSTAENDE);
        assertThatThrownBy(() -> jamforelse.jamfor(id, 1, VersionJamforelseService.AKTUELL)).isInstanceOf(AccessDeniedException.class);
        folk.loggaIn(TestFolk.AGARE);
        assertThatThrownBy(() -> jamforelse.jamfor(id, 1, 7)).hasMessage("Version 7 av uppdraget finns inte");
    }

    private static List<Andring> andringar(Jamforelse jamforelse, String rubrik) {
        return jamforelse.avsnitt(rubrik).orElseThrow().andringar();
    }

    /** The draft after the remiss: title, a condition, a member's role, communication, an activity's period, a recipient. */
    private static Uppdragshandling reviderad(Uppdragshandling h) {
        var ska = new java.util.ArrayList<>(h.ska());
        ska.add("beakta facklig samverkan");
        var medlemmar = h.arbetsorganisation().medlemmar().stream().map(m -> "controller, ekonomistöd".equals(m.roll())
                ? new Arbetsgruppsmedlem(m.person(), "controller och ekonomistöd", m.projektledare(), m.sammanstallande()) : m).toList();
        var aktiviteter = h.tidplan().aktiviteter().stream().map(a -> a.namn().equals("Nulägesanalys")
                ? new Aktivitet(a.namn(), Tidsperiod.manader(YearMonth.of(2026, 6), YearMonth.of(2026, 9)), a.ansvarig()) : a).toList();
        var tidplan = new Tidplan(h.tidplan().prioritet(), h.tidplan().slutleverans(), h.tidplan().statusrapportering(), aktiviteter);
        var distribution = new Distribution(h.distribution().forGenomforande(), h.distribution().forKannedom().subList(0, 1));
        return new Uppdragshandling(h.id(), h.version(), h.status(), h.agare(), h.huvud(), h.diarienummer(), "Reviderad: " + h.titel(),
                h.uppdragsgivare(), h.uppdragstagare(), h.ersatter(), h.beskrivning(), h.innefattar(), ska,
                new Arbetsorganisation(medlemmar, h.arbetsorganisation().notering()), h.samband(),
                h.kommunikation().replace(".", " och koncernledningen."), tidplan, h.finansiering(), h.beslutsform(), distribution);
    }
}
