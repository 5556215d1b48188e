package se.uppdrag.uppdrag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.uppdrag.Handlingar;
import se.uppdrag.TestFolk;
import se.uppdrag.workflow.UppgiftFilter;

/** Execution: timers for status reports, activities due at the end of their period, the 90-day rule, the final report. */
class GenomforandeTest extends ProcessTestBase {

    @Test
    void a_status_report_is_asked_for_on_the_next_scheduled_date_and_again_after_it() {
        klocka.till(LocalDate.of(2026, 11, 23));
        var id = faststalltUppdrag(); // reports quarterly: 03-15, 06-15, 09-15, 12-15
        assertThat(uppgifter(TestFolk.TAGARE, id, "statusrapport")).isEmpty();

        tidTill(LocalDate.of(2026, 12, 15));
        var rapport = uppgift(TestFolk.TAGARE, id, "statusrapport");
        assertThat(rapport.forfaller()).isEqualTo(LocalDate.of(2026, 12, 29));
        assertThatThrownBy(() -> genomforande.lamnaStatusrapport(rapport.id(), Statusrapport.Ljus.GUL, Statusrapport.Trend.NEGATIV, ""))
                .hasMessage("Kommentera hur arbetet går");
        genomforande.lamnaStatusrapport(rapport.id(), Statusrapport.Ljus.GUL, Statusrapport.Trend.NEGATIV, "Försenat av upphandlingen");

        folk.loggaIn(TestFolk.GIVARE);
        assertThat(genomforande.statusrapporter(id)).extracting(Statusrapport::ljus).containsExactly(Statusrapport.Ljus.GUL);
        assertThat(uppgifter(TestFolk.TAGARE, id, "statusrapport")).isEmpty();
        tidTill(LocalDate.of(2027, 3, 15));
        assertThat(uppgifter(TestFolk.TAGARE, id, "statusrapport")).hasSize(1);
    }

    @Test
    void an_activity_is_due_at_the_end_of_its_period_and_shows_as_late_after_it() {
        klocka.till(LocalDate.of(2026, 5, 4));
        var id = faststalltUppdrag();
        assertThat(uppgift(TestFolk.MEDLEM, id, "aktivitet").forsenad()).isFalse();
        klocka.till(LocalDate.of(2026, 9, 1));
        folk.loggaIn(TestFolk.MEDLEM);
        var sena = uppgifter.mina(new UppgiftFilter("", java.util.Set.of(), true, UppgiftFilter.Sortering.FORFALLER));
        assertThat(sena).extracting(u -> u.arende().nyckel()).contains(String.valueOf(id.value()));
    }

    @Test
    void without_a_slutleverans_the_uppdrag_reports_back_90_days_after_the_decision() {
        folk.loggaIn(TestFolk.AGARE);
        var id = nyttUtkast();
        folk.loggaIn(TestFolk.AGARE);
        uppdrag.spara(Handlingar.utanSlutleverans(uppdrag.hamta(id)));
        skickaForBeslut(id);
        klocka.till(LocalDate.of(2026, 12, 1));
        beslut.besluta(uppgift(TestFolk.BESLUTSFATTARE, id, "beslutsuppgift").id(), Beslut.FASTSTALL, null);

        assertThat(uppgift(TestFolk.TAGARE, id, "slutrapport").forfaller()).isEqualTo(LocalDate.of(2027, 3, 1));
    }

    @Test
    void the_final_report_due_date_is_the_slutleverans_when_there_is_one() {
        var id = faststalltUppdrag();
        var slutleverans = somRegistrator(id).tidplan().slutleverans();
        assertThat(uppgift(TestFolk.TAGARE, id, "slutrapport").forfaller()).isEqualTo(slutleverans);
    }

    @Test
    void komplettering_sends_the_final_report_back_to_the_uppdragstagare() {
        var id = faststalltUppdrag();
        genomforande.lamnaSlutrapport(uppgift(TestFolk.TAGARE, id, "slutrapport").id(), "Första versionen", List.of());
        var beslutet = uppgift(TestFolk.BESLUTSFATTARE, id, "beslutOmSlutrapport");
        assertThatThrownBy(() -> genomforande.beslutaOmSlutrapport(beslutet.id(), false, null))
                .hasMessage("Skriv vad som behöver kompletteras");
        genomforande.beslutaOmSlutrapport(beslutet.id(), false, "Konsekvensanalysen saknas");

        assertThat(status(id)).isEqualTo(UppdragStatus.PAGAENDE);
        genomforande.lamnaSlutrapport(uppgift(TestFolk.TAGARE, id, "slutrapport").id(), "Kompletterad", List.of());
        genomforande.beslutaOmSlutrapport(uppgift(TestFolk.BESLUTSFATTARE, id, "beslutOmSlutrapport").id(), true, null);
        assertThat(status(id)).isEqualTo(UppdragStatus.AVSLUTAT);
        folk.loggaIn(TestFolk.TAGARE);
        assertThat(genomforande.slutrapporter(id)).extracting(Slutrapport::text).containsExactly("Kompletterad", "Första versionen");
    }
}
