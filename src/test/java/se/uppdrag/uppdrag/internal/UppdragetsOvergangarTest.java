package se.uppdrag.uppdrag.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.uppdrag.text.OtillatetLageException;
import se.uppdrag.uppdrag.Overgang;
import se.uppdrag.uppdrag.UppdragStatus;
import se.uppdrag.uppdrag.Uppdragshandelse;

/** Walks the table of the uppdrag's life: from every status, every step either works as the table says or is refused. */
class UppdragetsOvergangarTest {

    static Stream<Arguments> varjeStegFranVarjeStatus() {
        return Stream.of(Overgang.values()).flatMap(steg -> Stream.of(UppdragStatus.values()).map(status -> Arguments.of(steg, status)));
    }

    @ParameterizedTest(name = "{0} från {1}")
    @MethodSource("varjeStegFranVarjeStatus")
    void a_step_the_table_allows_leads_where_it_says_and_records_its_event_and_any_other_is_refused_clearly(
            Overgang steg, UppdragStatus fran) {
        var uppdrag = uppdrag(fran);
        if (steg.tillats(fran)) {
            utfor(uppdrag, steg);
            assertThat(uppdrag.status()).isEqualTo(steg.till() != null ? steg.till() : UppdragStatus.PAGAENDE);
            assertThat(uppdrag.inteSparadeHandelser()).extracting(Uppdragshandelse::typ)
                    .containsExactlyElementsOf(steg.handelse() == null ? List.of() : List.of(steg.handelse()));
        } else if (lamnasOrort(steg, fran)) {
            utfor(uppdrag, steg);
            assertThat(uppdrag.status()).isEqualTo(fran);
            assertThat(uppdrag.inteSparadeHandelser()).isEmpty();
        } else {
            assertThatThrownBy(() -> utfor(uppdrag, steg)).isInstanceOf(OtillatetLageException.class)
                    .hasMessageStartingWith("Uppdraget kan inte ").hasMessageEndingWith(" när det är "
                            + se.uppdrag.text.Meddelande.svenska(fran.textnyckel()) + ".");
            assertThat(uppdrag.status()).isEqualTo(fran);
            assertThat(uppdrag.inteSparadeHandelser()).isEmpty();
        }
    }

    @ParameterizedTest(name = "pausat från {0}")
    @MethodSource("pausbara")
    void a_paused_uppdrag_resumes_to_the_status_it_had(UppdragStatus fore) {
        var uppdrag = uppdrag(fore);
        uppdrag.pausa("Budgeten är inte klar");
        uppdrag.ateruppta();
        assertThat(uppdrag.status()).isEqualTo(fore);
        assertThat(uppdrag.inteSparadeHandelser()).extracting(Uppdragshandelse::typ, Uppdragshandelse::kommentar)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(se.uppdrag.uppdrag.HandelseTyp.PAUSAT, "Budgeten är inte klar"),
                        org.assertj.core.groups.Tuple.tuple(se.uppdrag.uppdrag.HandelseTyp.ATERUPPTAGET, null));
    }

    static Stream<UppdragStatus> pausbara() {
        return Overgang.PAUSA.fran().stream();
    }

    @org.junit.jupiter.api.Test
    void every_status_but_the_draft_is_reached_by_a_step_of_the_table_and_the_closed_ones_lead_nowhere() {
        var nas = Stream.of(Overgang.values()).map(Overgang::till).filter(java.util.Objects::nonNull).toList();
        assertThat(nas).containsAll(Set.of(UppdragStatus.PA_REMISS, UppdragStatus.FOR_BESLUT, UppdragStatus.PAGAENDE,
                UppdragStatus.PAUSAT, UppdragStatus.SLUTRAPPORT_INLAMNAD, UppdragStatus.AVSLUTAT, UppdragStatus.AVSLAGET,
                UppdragStatus.STRUKET, UppdragStatus.ERSATT, UppdragStatus.UTKAST));
        for (var slut : List.of(UppdragStatus.AVSLUTAT, UppdragStatus.AVSLAGET, UppdragStatus.STRUKET, UppdragStatus.ERSATT)) {
            assertThat(Overgang.values()).noneMatch(steg -> steg.tillats(slut));
        }
    }

    /** The engine's steps that find the uppdrag already there: a draft back with its owner, an imported one executing. */
    private static boolean lamnasOrort(Overgang steg, UppdragStatus fran) {
        return steg == Overgang.AVSLUTA_REMISS && fran == UppdragStatus.UTKAST
                || steg == Overgang.PABORJA && fran.arBeslutatOchOppet();
    }

    private static void utfor(UppdragEntity uppdrag, Overgang steg) {
        switch (steg) {
            case SKICKA_PA_REMISS -> uppdrag.skickaPaRemiss("Anna Ek (svar senast 2026-12-10)", 1);
            case AVSLUTA_REMISS -> uppdrag.remissenAvslutad();
            case SKICKA_FOR_BESLUT -> uppdrag.skickaForBeslut(2);
            case ATERREMITTERA -> uppdrag.aterremittera("Tidplanen behöver ses över", 2);
            case AVSLA -> uppdrag.avsla("Ryms inte i budgeten", 2);
            case PABORJA -> uppdrag.genomforandetBorjar();
            case LAMNA_SLUTRAPPORT -> uppdrag.lamnaSlutrapport(null);
            case BEGARA_KOMPLETTERING -> uppdrag.begarKomplettering("Ekonomin saknas");
            case GODKANNA_SLUTRAPPORT -> uppdrag.godkannSlutrapport(null);
            case PAUSA -> uppdrag.pausa("Budgeten är inte klar");
            case ATERUPPTA -> uppdrag.ateruppta();
            case STRYKA -> uppdrag.stryk("Inte längre aktuellt");
            case ERSATTAS -> uppdrag.ersattAv(2, "Reviderat uppdrag");
        }
    }

    private static UppdragEntity uppdrag(UppdragStatus status) {
        var uppdrag = new UppdragEntity();
        uppdrag.nyttUtkast(1, Instant.EPOCH);
        uppdrag.id = 1L;
        uppdrag.status = status;
        uppdrag.beslutsdatum = LocalDate.of(2026, 11, 2);
        return uppdrag;
    }

}
