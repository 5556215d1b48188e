package se.uppdrag.uppdrag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.uppdrag.TestFolk;
import se.uppdrag.workflow.FranvaroService;
import se.uppdrag.workflow.internal.Omdirigering;

/** A status report filed from the uppdrag whenever it is needed, by its uppdragstagare or owner while it is pågående. */
class StatusrapportServiceTest extends ProcessTestBase {

    @Autowired
    StatusrapportService statusrapport;
    @Autowired
    FranvaroService franvaro;
    @Autowired
    Omdirigering omdirigering;

    @Test
    void the_uppdragstagare_files_a_report_before_any_is_asked_for_and_it_is_in_the_history() {
        klocka.till(LocalDate.of(2026, 11, 23));
        var id = faststalltUppdrag();
        folk.loggaIn(TestFolk.TAGARE);
        assertThat(statusrapport.kanLamna(id)).isTrue();
        statusrapport.lamna(id, Statusrapport.Ljus.GUL, Statusrapport.Trend.NEGATIV, "Upphandlingen drar ut på tiden", null);

        folk.loggaIn(TestFolk.GIVARE);
        assertThat(genomforande.statusrapporter(id)).singleElement().satisfies(r -> {
            assertThat(r.ljus()).isEqualTo(Statusrapport.Ljus.GUL);
            assertThat(r.kommentar()).isEqualTo("Upphandlingen drar ut på tiden");
            assertThat(r.rapportor()).isEqualTo(folk.person(TestFolk.TAGARE).namn());
        });
        assertThat(tidslinje(id)).contains(HandelseTyp.STATUSRAPPORT);
        // the scheduled request still comes on its date
        tidTill(LocalDate.of(2026, 12, 15));
        assertThat(uppgifter(TestFolk.TAGARE, id, "statusrapport")).hasSize(1);
    }

    @Test
    void the_owner_files_one_too_and_a_comment_is_required() {
        var id = faststalltUppdrag();
        folk.loggaIn(TestFolk.AGARE);
        assertThatThrownBy(() -> statusrapport.lamna(id, Statusrapport.Ljus.GRON, Statusrapport.Trend.POSITIV, " ", null))
                .hasMessage("Kommentera hur arbetet går");
        statusrapport.lamna(id, Statusrapport.Ljus.GRON, Statusrapport.Trend.POSITIV, "Enligt plan", null);
        folk.loggaIn(TestFolk.AGARE);
        assertThat(genomforande.statusrapporter(id)).extracting(Statusrapport::rapportor)
                .containsExactly(folk.person(TestFolk.AGARE).namn());
    }

    @Test
    void anyone_else_is_refused_with_a_message_saying_who_files_reports() {
        var id = faststalltUppdrag();
        for (var roll : new String[] {TestFolk.GIVARE, TestFolk.MEDLEM, TestFolk.REGISTRATOR, TestFolk.UTOMSTAENDE}) {
            folk.loggaIn(roll);
            assertThat(statusrapport.kanLamna(id)).as(roll).isFalse();
            assertThatThrownBy(() -> statusrapport.lamna(id, Statusrapport.Ljus.ROD, Statusrapport.Trend.NEGATIV, "Nej", null))
                    .as(roll).isInstanceOf(UppdragNekadException.class)
                    .hasMessage("Bara uppdragstagaren och uppdragets ägare kan lämna statusrapport.");
        }
        folk.loggaIn(TestFolk.REGISTRATOR);
        assertThat(genomforande.statusrapporter(id)).isEmpty();
    }

    @Test
    void an_uppdrag_that_is_not_pagaende_takes_no_report() {
        var utkast = nyttUtkast();
        folk.loggaIn(TestFolk.AGARE);
        assertThat(statusrapport.kanLamna(utkast)).isFalse();
        assertThatThrownBy(() -> statusrapport.lamna(utkast, Statusrapport.Ljus.GRON, Statusrapport.Trend.POSITIV, "Tidigt", null))
                .hasMessage("Statusrapport lämnas medan uppdraget pågår. Det här uppdraget har status Utkast.");

        var pausat = faststalltUppdrag();
        folk.loggaIn(TestFolk.GIVARE);
        atgarder.pausa(pausat, "Pandemin");
        folk.loggaIn(TestFolk.TAGARE);
        assertThat(statusrapport.kanLamna(pausat)).isFalse();
        assertThatThrownBy(() -> statusrapport.lamna(pausat, Statusrapport.Ljus.GRON, Statusrapport.Trend.POSITIV, "Vilar", null))
                .hasMessage("Statusrapport lämnas medan uppdraget pågår. Det här uppdraget har status Pausat.");
    }

    @Test
    void filing_completes_the_open_request_so_no_one_is_asked_twice_and_the_next_one_comes_on_the_next_date() {
        var id = medOppenBegaran();

        folk.loggaIn(TestFolk.AGARE);
        statusrapport.lamna(id, Statusrapport.Ljus.GRON, Statusrapport.Trend.OFORANDRAD, "Allt går enligt plan", null);

        assertThat(uppgifter(TestFolk.TAGARE, id, "statusrapport")).isEmpty();
        tidTill(LocalDate.of(2027, 3, 1));
        assertThat(uppgifter(TestFolk.TAGARE, id, "statusrapport")).isEmpty();
        tidTill(LocalDate.of(2027, 3, 15));
        assertThat(uppgifter(TestFolk.TAGARE, id, "statusrapport")).hasSize(1);
    }

    @Test
    void a_request_lent_to_someone_else_is_completed_too_and_does_not_come_back_to_the_one_who_lent_it() {
        var id = medOppenBegaran();
        var begaran = uppgift(TestFolk.TAGARE, id, "statusrapport");
        uppgifter.delegera(begaran.id(), person(TestFolk.MEDLEM));
        assertThat(uppgifter(TestFolk.MEDLEM, id, "statusrapport")).hasSize(1);

        folk.loggaIn(TestFolk.TAGARE);
        statusrapport.lamna(id, Statusrapport.Ljus.GUL, Statusrapport.Trend.NEGATIV, "Vi väntar på leverantören", null);

        assertThat(uppgifter(TestFolk.MEDLEM, id, "statusrapport")).isEmpty();
        assertThat(uppgifter(TestFolk.TAGARE, id, "statusrapport")).isEmpty();
    }

    @Test
    void a_request_held_by_a_substitute_while_the_uppdragstagare_is_away_is_completed_too() {
        var id = medOppenBegaran();
        var idag = LocalDate.now(klocka);
        folk.loggaIn(TestFolk.TAGARE);
        franvaro.registrera(person(TestFolk.TAGARE), idag, idag.plusDays(5), person(TestFolk.MEDLEM));
        omdirigering.synka(idag);
        assertThat(uppgifter(TestFolk.MEDLEM, id, "statusrapport")).hasSize(1);

        folk.loggaIn(TestFolk.AGARE);
        statusrapport.lamna(id, Statusrapport.Ljus.GRON, Statusrapport.Trend.POSITIV, "Ägaren rapporterar", null);

        assertThat(uppgifter(TestFolk.MEDLEM, id, "statusrapport")).isEmpty();
        omdirigering.synka(idag.plusDays(6));
        assertThat(uppgifter(TestFolk.TAGARE, id, "statusrapport")).isEmpty();
    }

    @Test
    void the_same_submission_sent_twice_files_one_report() {
        var id = faststalltUppdrag();
        var nyckel = UUID.randomUUID();
        folk.loggaIn(TestFolk.TAGARE);
        statusrapport.lamna(id, Statusrapport.Ljus.GRON, Statusrapport.Trend.POSITIV, "En gång", nyckel);
        statusrapport.lamna(id, Statusrapport.Ljus.GRON, Statusrapport.Trend.POSITIV, "En gång", nyckel);
        statusrapport.lamna(id, Statusrapport.Ljus.GUL, Statusrapport.Trend.NEGATIV, "En ny rapport", UUID.randomUUID());

        assertThat(genomforande.statusrapporter(id)).extracting(Statusrapport::kommentar)
                .containsExactlyInAnyOrder("En gång", "En ny rapport");
    }

    /** A quarterly uppdrag on 15 December, its request for a status report open with the uppdragstagare. */
    private UppdragId medOppenBegaran() {
        klocka.till(LocalDate.of(2026, 11, 23));
        var id = faststalltUppdrag();
        tidTill(LocalDate.of(2026, 12, 15));
        assertThat(uppgifter(TestFolk.TAGARE, id, "statusrapport")).hasSize(1);
        return id;
    }
}
