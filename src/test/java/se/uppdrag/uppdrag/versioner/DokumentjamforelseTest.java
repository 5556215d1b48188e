package se.uppdrag.uppdrag.versioner;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import se.uppdrag.personer.Person;
import se.uppdrag.personer.PersonId;
import se.uppdrag.uppdrag.Aktivitet;
import se.uppdrag.uppdrag.Arbetsgruppsmedlem;
import se.uppdrag.uppdrag.Arbetsorganisation;
import se.uppdrag.uppdrag.Beslutsfattare;
import se.uppdrag.uppdrag.Beslutsform;
import se.uppdrag.uppdrag.Distribution;
import se.uppdrag.uppdrag.Ersatter;
import se.uppdrag.uppdrag.Finansiering;
import se.uppdrag.uppdrag.Huvud;
import se.uppdrag.uppdrag.Mottagare;
import se.uppdrag.uppdrag.Samband;
import se.uppdrag.uppdrag.Tidplan;
import se.uppdrag.uppdrag.Tidsperiod;
import se.uppdrag.uppdrag.UppdragStatus;
import se.uppdrag.uppdrag.Uppdragshandling;
import se.uppdrag.uppdrag.dokument.Dokumentmall;
import se.uppdrag.uppdrag.versioner.Jamforelse.Andring;
import se.uppdrag.uppdrag.versioner.Jamforelse.Skillnad;

class DokumentjamforelseTest {

    private static final Person KARIN = person(1, "Karin Ek");
    private static final Person OLOF = person(2, "Olof Lind");
    private static final Person MARIA = person(3, "Maria Berg");
    private static final Person AHMED = person(4, "Ahmed Nur");
    private static final Person TOVE = person(5, "Tove Almgren");
    private static final Person RUNE = person(6, "Rune Dahl");

    @Test
    void the_same_text_has_no_changes_and_every_section_of_the_paper_document_is_listed_as_unchanged() {
        var jamforelse = jamfor(h -> h);
        assertThat(jamforelse.andrade()).isEmpty();
        assertThat(jamforelse.avsnitt()).extracting(Jamforelse.Avsnitt::rubrik).containsExactly(null, "Uppdrag", "Uppdragsgivare",
                "Uppdragstagare", "Uppdragsbeskrivning", "Uppdraget innefattar", "Uppdraget ska", "Arbetsorganisation",
                "Samband och gränsdragning", "Kommunikation", "Tidplan", "Kostnader och finansiering",
                "Form för beslut när uppdraget är klart", "Uppdraget skickas till");
    }

    @Test
    void a_changed_paragraph_is_shown_word_by_word_and_the_unchanged_one_is_not_reported() {
        var jamforelse = jamfor(h -> med(h, b -> b.beskrivning = "Bakgrund: vården ställer om.\n\nSyfte: att öka förmågan till förändring i hela regionen."));
        var andringar = andringar(jamforelse, "Uppdragsbeskrivning");
        assertThat(andringar).singleElement().satisfies(a -> {
            assertThat(a.skillnad()).isEqualTo(Skillnad.ANDRAT);
            assertThat(a.fore()).isEqualTo("Syfte: att öka förmågan till förändring.");
            assertThat(a.efter()).isEqualTo("Syfte: att öka förmågan till förändring i hela regionen.");
            assertThat(a.text()).filteredOn(bit -> bit.skillnad() == Skillnad.TILLAGT).extracting(Jamforelse.Textbit::text)
                    .containsExactly(" i hela regionen");
        });
        assertThat(jamforelse.avsnitt("Uppdragsbeskrivning").orElseThrow().skillnad()).isEqualTo(Skillnad.ANDRAT);
        assertThat(jamforelse.avsnitt("Uppdrag").orElseThrow().skillnad()).isEqualTo(Skillnad.OFORANDRAT);
    }

    @Test
    void bullets_are_matched_one_by_one_added_removed_and_edited() {
        var jamforelse = jamfor(h -> med(h, b -> b.innefattar = List.of("kartlägga nuläget och behoven", "föreslå en ny organisering",
                "ta fram en tidplan för införandet")));
        assertThat(andringar(jamforelse, "Uppdraget innefattar")).extracting(Andring::skillnad, Andring::fore, Andring::efter)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Skillnad.ANDRAT, "kartlägga nuläget", "kartlägga nuläget och behoven"),
                        org.assertj.core.groups.Tuple.tuple(Skillnad.BORTTAGET, "beskriva konsekvenser för medarbetare", ""),
                        org.assertj.core.groups.Tuple.tuple(Skillnad.TILLAGT, "", "ta fram en tidplan för införandet"));
    }

    @Test
    void a_member_whose_role_changed_is_changed_and_a_new_member_is_added_in_the_list_they_belong_to() {
        var jamforelse = jamfor(h -> med(h, b -> b.medlemmar = List.of(new Arbetsgruppsmedlem(MARIA, "projektledare", true, true),
                new Arbetsgruppsmedlem(AHMED, "programchef och controller", false, false),
                new Arbetsgruppsmedlem(TOVE, "HR-strateg", false, false))));
        var andringar = andringar(jamforelse, "Arbetsorganisation");
        assertThat(andringar).extracting(Andring::skillnad, Andring::del, Andring::efter).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Skillnad.ANDRAT, "Arbetsgruppen utgörs av", "Ahmed Nur, programchef och controller"),
                org.assertj.core.groups.Tuple.tuple(Skillnad.TILLAGT, "Arbetsgruppen utgörs av", "Tove Almgren, HR-strateg"));
    }

    @Test
    void someone_replaced_by_someone_else_is_removed_and_added_not_changed() {
        var jamforelse = jamfor(h -> med(h, b -> b.forKannedom = List.of(Mottagare.person(TOVE, null),
                Mottagare.person(RUNE, "för distribution till koncernledningen"))));
        assertThat(andringar(jamforelse, "Uppdraget skickas till")).extracting(Andring::skillnad, Andring::del, Andring::fore, Andring::efter)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Skillnad.BORTTAGET, "För kännedom", "Olof Lind", ""),
                        org.assertj.core.groups.Tuple.tuple(Skillnad.TILLAGT, "För kännedom", "", "Tove Almgren"));
    }

    @Test
    void activities_are_matched_by_name_so_a_new_period_is_a_change_of_that_activity() {
        var jamforelse = jamfor(h -> med(h, b -> b.aktiviteter = List.of(
                new Aktivitet("Nulägesanalys", Tidsperiod.manader(YearMonth.of(2026, 6), YearMonth.of(2026, 9)), AHMED),
                new Aktivitet("Sammanställning", Tidsperiod.manader(YearMonth.of(2026, 11), YearMonth.of(2026, 11)), MARIA))));
        var andringar = andringar(jamforelse, "Tidplan");
        assertThat(andringar).extracting(Andring::skillnad, Andring::del).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Skillnad.ANDRAT, "Aktivitet"),
                org.assertj.core.groups.Tuple.tuple(Skillnad.BORTTAGET, "Aktivitet"),
                org.assertj.core.groups.Tuple.tuple(Skillnad.TILLAGT, "Aktivitet"));
        assertThat(andringar.get(0).fore()).isEqualTo("Nulägesanalys; Tidplan: Juni – aug 2026; Ansvarig: Ahmed Nur");
        assertThat(andringar.get(0).efter()).isEqualTo("Nulägesanalys; Tidplan: Juni – sep 2026; Ansvarig: Ahmed Nur");
        assertThat(andringar.get(1).fore()).startsWith("Förankring;");
        assertThat(andringar.get(2).efter()).isEqualTo("Sammanställning; Tidplan: Nov 2026; Ansvarig: Maria Berg");
    }

    @Test
    void an_activity_that_a_unit_becomes_responsible_for_in_a_quarter_is_a_change_of_that_activity() {
        var jamforelse = jamfor(h -> med(h, b -> b.aktiviteter = List.of(
                new Aktivitet("Nulägesanalys", Tidsperiod.parse("Q3 2026"), null, "CIFU"),
                new Aktivitet("Förankring", Tidsperiod.datum(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 15)), null))));
        var andringar = andringar(jamforelse, "Tidplan");
        assertThat(andringar).singleElement().satisfies(a -> {
            assertThat(a.skillnad()).isEqualTo(Skillnad.ANDRAT);
            assertThat(a.fore()).isEqualTo("Nulägesanalys; Tidplan: Juni – aug 2026; Ansvarig: Ahmed Nur");
            assertThat(a.efter()).isEqualTo("Nulägesanalys; Tidplan: Q3 2026; Ansvarig: CIFU");
        });
    }

    @Test
    void a_new_ersatter_section_is_added_whole_in_its_place_and_a_new_date_changes_the_header() {
        var jamforelse = jamfor(h -> med(h, b -> {
            b.ersatter = Ersatter.dokument("Införandeplanering digitala vårdtjänster", LocalDate.of(2026, 1, 15));
            b.datum = LocalDate.of(2026, 3, 9);
        }));
        assertThat(jamforelse.andrade()).extracting(Jamforelse.Avsnitt::rubrik, Jamforelse.Avsnitt::skillnad).containsExactly(
                org.assertj.core.groups.Tuple.tuple(null, Skillnad.ANDRAT),
                org.assertj.core.groups.Tuple.tuple("Ersätter", Skillnad.TILLAGT));
        assertThat(jamforelse.avsnitt().get(4).rubrik()).isEqualTo("Ersätter");
        assertThat(andringar(jamforelse, null)).singleElement().extracting(Andring::fore, Andring::efter)
                .containsExactly("Datum 2026-03-02", "Datum 2026-03-09");
        assertThat(andringar(jamforelse, "Ersätter")).singleElement().extracting(Andring::skillnad).isEqualTo(Skillnad.TILLAGT);
    }

    @Test
    void a_removed_section_is_removed_whole() {
        var fore = med(bas(), b -> b.ersatter = Ersatter.dokument("Tidigare uppdrag", LocalDate.of(2025, 5, 1)));
        var jamforelse = Dokumentjamforelse.jamfor(Dokumentmall.av(fore), Dokumentmall.av(bas()));
        assertThat(jamforelse.avsnitt("Ersätter").orElseThrow().skillnad()).isEqualTo(Skillnad.BORTTAGET);
        assertThat(andringar(jamforelse, "Ersätter")).singleElement().extracting(Andring::fore).asString()
                .contains("benämnd ”Tidigare uppdrag”, daterad 2025-05-01");
    }

    @Test
    void a_title_rewritten_completely_is_still_one_change_of_the_title() {
        var jamforelse = jamfor(h -> med(h, b -> b.titel = "Gemensam plan för digitala tjänster"));
        assertThat(andringar(jamforelse, "Uppdrag")).singleElement().extracting(Andring::skillnad, Andring::fore, Andring::efter)
                .containsExactly(Skillnad.ANDRAT, "Samordnad införandeplanering", "Gemensam plan för digitala tjänster");
    }

    private static List<Andring> andringar(Jamforelse jamforelse, String rubrik) {
        return jamforelse.avsnitt(rubrik).orElseThrow().andringar();
    }

    private static Jamforelse jamfor(UnaryOperator<Uppdragshandling> andring) {
        return Dokumentjamforelse.jamfor(Dokumentmall.av(bas()), Dokumentmall.av(andring.apply(bas())));
    }

    /** The parts of a handling a test changes; everything else stays as in {@link #bas()}. */
    private static final class Bygge {
        LocalDate datum = LocalDate.of(2026, 3, 2);
        String titel = "Samordnad införandeplanering";
        Ersatter ersatter;
        String beskrivning = "Bakgrund: vården ställer om.\n\nSyfte: att öka förmågan till förändring.";
        List<String> innefattar = List.of("kartlägga nuläget", "föreslå en ny organisering", "beskriva konsekvenser för medarbetare");
        List<Arbetsgruppsmedlem> medlemmar = List.of(new Arbetsgruppsmedlem(MARIA, "projektledare", true, true),
                new Arbetsgruppsmedlem(AHMED, "programchef", false, false));
        List<Aktivitet> aktiviteter = List.of(
                new Aktivitet("Nulägesanalys", Tidsperiod.manader(YearMonth.of(2026, 6), YearMonth.of(2026, 8)), AHMED),
                new Aktivitet("Förankring", Tidsperiod.datum(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 15)), null));
        List<Mottagare> forKannedom = List.of(Mottagare.person(OLOF, null), Mottagare.person(RUNE, "för distribution till koncernledningen"));

        Uppdragshandling handling() {
            return new Uppdragshandling(null, 0, UppdragStatus.UTKAST, MARIA, new Huvud("Region Exempel", "Koncernkontoret", datum),
                    null, titel, List.of(KARIN, OLOF), MARIA, ersatter, beskrivning, innefattar, List.of("utgå från beslutad strategi"),
                    new Arbetsorganisation(medlemmar, "Till gruppen adderas ytterligare resurser vid behov."),
                    new Samband(List.of(), "Gränsdragning mot översynen av primärvården."), "Via samordningsgruppen.",
                    new Tidplan("Arbetet är högt prioriterat.", LocalDate.of(2026, 12, 1), aktiviteter),
                    new Finansiering("Inom ordinarie verksamhet.", null),
                    new Beslutsform("Rapportering sker till samordningsgruppen.", List.of(new Beslutsfattare(KARIN, true)), null, null),
                    new Distribution(new ArrayList<>(List.of(Mottagare.person(MARIA, null), Mottagare.person(AHMED, null))), forKannedom));
        }
    }

    private static Uppdragshandling bas() {
        return new Bygge().handling();
    }

    private static Uppdragshandling med(Uppdragshandling h, java.util.function.Consumer<Bygge> andring) {
        var bygge = new Bygge();
        andring.accept(bygge);
        return bygge.handling();
    }

    private static Person person(long id, String namn) {
        return new Person(new PersonId(id), namn, null, null, null);
    }
}
