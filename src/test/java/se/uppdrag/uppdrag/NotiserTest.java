package se.uppdrag.uppdrag;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import se.uppdrag.Handlingar;
import se.uppdrag.Postlada;
import se.uppdrag.TestFolk;
import se.uppdrag.notification.Leverans;
import se.uppdrag.notification.MailTyp;
import se.uppdrag.notification.NotisInstallningService;
import se.uppdrag.notification.PostSandare;
import se.uppdrag.notification.Sammandrag;
import se.uppdrag.uppdrag.process.Paminnelser;

/** Each event sends the right mail to the right people, exactly once, with a link that works. */
class NotiserTest extends ProcessTestBase {

    @RegisterExtension
    static GreenMailExtension smtp = Postlada.smtp();

    @Autowired
    PostSandare sandare;
    @Autowired
    Sammandrag sammandrag;
    @Autowired
    Paminnelser paminnelser;
    @Autowired
    NotisInstallningService installningar;

    private String epost(String roll) {
        return folk.person(roll).epost().value();
    }

    private void skicka() {
        while (sandare.skickaVantande() > 0) {
            // until the outbox is empty
        }
    }

    @Test
    void a_reviewer_gets_one_mail_with_the_reply_date_and_a_link_to_their_task() {
        var id = nyttUtkast();
        var svarsdatum = LocalDate.now(klocka).plusDays(10);
        remiss.skickaPaRemiss(uppgift(TestFolk.AGARE, id, "utkast").id(), List.of(person(TestFolk.MEDLEM)), svarsdatum);
        skicka();
        skicka();

        var mails = Postlada.till(smtp, epost(TestFolk.MEDLEM));
        assertThat(mails).hasSize(1);
        assertThat(Postlada.amne(mails.getFirst())).contains("remiss, svar senast " + svarsdatum).contains("Hälso- och sjukvårdens");
        var uppgift = uppgift(TestFolk.MEDLEM, id, "remissvar");
        assertThat(Postlada.innehall(mails.getFirst())).contains("http://localhost:8080/uppgifter/" + uppgift.id());
        assertThat(Postlada.till(smtp, epost(TestFolk.AGARE))).as("the owner is not mailed about their own draft").isEmpty();
    }

    @Test
    void a_decision_for_someone_away_is_mailed_to_their_substitute_and_not_to_them(
            @Autowired se.uppdrag.workflow.FranvaroService franvaro) {
        folk.loggaIn(TestFolk.BESLUTSFATTARE);
        franvaro.registrera(person(TestFolk.BESLUTSFATTARE), LocalDate.now(klocka), LocalDate.now(klocka).plusDays(3),
                person(TestFolk.MEDLEM));
        var id = nyttUtkast();
        skickaForBeslut(id);
        skicka();

        var tillErsattaren = Postlada.till(smtp, epost(TestFolk.MEDLEM));
        assertThat(tillErsattaren).hasSize(1);
        assertThat(Postlada.innehall(tillErsattaren.getFirst()))
                .contains("http://localhost:8080/uppgifter/" + uppgift(TestFolk.MEDLEM, id, "beslutsuppgift").id());
        assertThat(Postlada.till(smtp, epost(TestFolk.BESLUTSFATTARE))).as("the one away is not mailed").isEmpty();
        assertThat(Postlada.till(smtp, epost(TestFolk.GIVARE))).as("the other beslutsfattare, present, is").hasSize(1);
    }

    @Test
    void a_decision_goes_to_the_owner_and_uppdragsgivare_and_the_uppdrag_to_both_distribution_lists() {
        var id = faststalltUppdrag();
        skicka();
        var dnr = somRegistrator(id).diarienummer().toString();

        for (var roll : List.of(TestFolk.AGARE, TestFolk.GIVARE, TestFolk.GIVARE2)) {
            assertThat(Postlada.till(smtp, epost(roll)).stream().map(Postlada::amne)).as(roll)
                    .containsOnlyOnce(Postlada.till(smtp, epost(roll)).stream().map(Postlada::amne)
                            .filter(a -> a.contains(dnr) && a.endsWith("fastställt")).findFirst().orElse("saknas"));
        }
        assertThat(Postlada.till(smtp, epost(TestFolk.TAGARE)).stream().map(Postlada::amne))
                .anyMatch(a -> a.contains(dnr) && a.contains("för genomförande"));
        assertThat(Postlada.till(smtp, epost(TestFolk.MOTTAGARE)).stream().map(Postlada::amne))
                .anyMatch(a -> a.contains(dnr) && a.contains("för kännedom"));
        assertThat(Postlada.till(smtp, "samverkan@regionexempel.se").stream().map(Postlada::amne).filter(a -> a.contains(dnr)))
                .hasSize(1);
    }

    @Test
    void the_distribution_carries_the_registered_uppdragshandling_as_a_pdf_a_attachment() throws Exception {
        var id = faststalltUppdrag();
        skicka();
        var dnr = somRegistrator(id).diarienummer().toString();

        var mail = Postlada.till(smtp, epost(TestFolk.MOTTAGARE)).stream()
                .filter(m -> Postlada.amne(m).contains(dnr) && Postlada.amne(m).contains("för kännedom")).findFirst().orElseThrow();
        var bilaga = org.assertj.core.api.Assertions.assertThat(Postlada.bilagor(mail)).singleElement().actual();
        assertThat(bilaga.filnamn()).isEqualTo("Uppdragshandling " + dnr + ".pdf");
        assertThat(bilaga.typ()).startsWith("application/pdf");
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(bilaga.innehall())) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf)).contains("Diarienummer " + dnr)
                    .doesNotContain("ÅÅÅÅ-MM-DD");
        }
        assertThat(se.uppdrag.PdfA.fel(bilaga.innehall())).isEmpty();
        var annan = Postlada.till(smtp, "samverkan@regionexempel.se").stream().filter(m -> Postlada.amne(m).contains(dnr))
                .findFirst().orElseThrow();
        assertThat(Postlada.bilagor(annan)).extracting(Postlada.Bilaga::filnamn).containsExactly(bilaga.filnamn());
    }

    @Test
    void smtp_down_during_a_decision_does_not_stop_the_decision_and_the_mail_arrives_when_it_is_back() {
        var id = nyttUtkast();
        skickaForBeslut(id);
        skicka();
        smtp.stop();
        beslut.besluta(uppgift(TestFolk.BESLUTSFATTARE, id, "beslutsuppgift").id(), Beslut.FASTSTALL, null);
        assertThat(status(id)).isEqualTo(UppdragStatus.PAGAENDE);
        assertThat(sandare.skickaVantande()).isZero();

        smtp.start();
        assertThat(sandare.skickaVantande()).as("not before the back-off has passed").isZero();
        klocka.flytta(Duration.ofMinutes(2));
        skicka();
        var dnr = somRegistrator(id).diarienummer().toString();
        assertThat(Postlada.till(smtp, epost(TestFolk.AGARE)).stream().map(Postlada::amne)).anyMatch(a -> a.contains(dnr));
    }

    @Test
    void a_kind_of_mail_turned_off_is_not_sent_and_one_in_the_digest_comes_gathered() {
        folk.loggaIn(TestFolk.MEDLEM);
        installningar.satt(MailTyp.REMISS, Leverans.AV);
        folk.loggaIn(TestFolk.GIVARE2);
        installningar.satt(MailTyp.REMISS, Leverans.SAMMANDRAG);
        var forsta = nyttUtkast();
        var andra = nyttUtkast();
        for (var id : List.of(forsta, andra)) {
            remiss.skickaPaRemiss(uppgift(TestFolk.AGARE, id, "utkast").id(), List.of(person(TestFolk.MEDLEM), person(TestFolk.GIVARE2)),
                    LocalDate.now(klocka).plusDays(5));
        }
        skicka();
        assertThat(Postlada.till(smtp, epost(TestFolk.MEDLEM))).isEmpty();
        assertThat(Postlada.till(smtp, epost(TestFolk.GIVARE2))).isEmpty();

        sammandrag.skapa();
        skicka();
        var digest = Postlada.till(smtp, epost(TestFolk.GIVARE2));
        assertThat(digest).hasSize(1);
        assertThat(Postlada.amne(digest.getFirst())).isEqualTo("Uppdrag – dagens sammandrag");
        assertThat(Postlada.innehall(digest.getFirst()).split("remiss, svar senast", -1)).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void decisions_cannot_be_turned_off() {
        folk.loggaIn(TestFolk.AGARE);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> installningar.satt(MailTyp.BESLUT_FATTAT, Leverans.AV))
                .hasMessageContaining("kan inte stängas av");
    }

    @Test
    void a_reminder_comes_before_the_due_date_and_escalation_reaches_the_uppdragstagare_after_a_week() {
        var id = nyttUtkast();
        var svarsdatum = LocalDate.now(klocka).plusDays(30);
        remiss.skickaPaRemiss(uppgift(TestFolk.AGARE, id, "utkast").id(), List.of(person(TestFolk.MEDLEM)), svarsdatum);
        skicka();
        klocka.till(svarsdatum.minusDays(2));
        paminnelser.skicka();
        paminnelser.skicka();
        skicka();
        assertThat(Postlada.till(smtp, epost(TestFolk.MEDLEM)).stream().map(Postlada::amne))
                .filteredOn(a -> a.contains("påminnelse")).hasSize(1);
    }

    @Test
    void hostile_titles_and_comments_appear_literally_and_cannot_add_headers() throws Exception {
        folk.loggaIn(TestFolk.AGARE);
        var fientlig = "<script>alert('x')</script> ${7*7} {{titel}}\r\nBcc: ond@example.com";
        var lankat = uppdrag.skapa(Handlingar.enkel(uppdrag.nyttUtkast(), "Länkat"));
        var id = uppdrag.skapa(Handlingar.medTitel(Handlingar.fullstandig(uppdrag.nyttUtkast(), folk,
                new UppdragRef(lankat.id(), lankat.titel(), null)), fientlig)).id();
        remiss.skickaPaRemiss(uppgift(TestFolk.AGARE, id, "utkast").id(), List.of(person(TestFolk.MEDLEM)), LocalDate.now(klocka).plusDays(3));
        skicka();
        var mail = Postlada.till(smtp, epost(TestFolk.MEDLEM)).getFirst();
        var amne = Postlada.amne(mail);
        assertThat(amne).doesNotContain("\r").doesNotContain("\n").contains("${7*7}").contains("{{titel}}");
        assertThat(Postlada.html(mail)).contains("&lt;script&gt;").doesNotContain("<script>").contains("${7*7}");
        assertThat(mail.getHeader("Bcc")).isNull();
        assertThat(mail.getAllRecipients()).hasSize(1);
        assertThat(Postlada.till(smtp, "ond@example.com")).isEmpty();
    }

    private java.util.List<String> amnen(String roll) {
        return Postlada.till(smtp, epost(roll)).stream().map(Postlada::amne).toList();
    }

    @Test
    void avslag_and_aterremiss_are_told_to_the_owner_and_the_uppdragsgivare() {
        var id = nyttUtkast();
        skickaForBeslut(id);
        beslut.besluta(uppgift(TestFolk.GIVARE, id, "beslutsuppgift").id(), Beslut.ATERREMITTERA, "Förtydliga syftet");
        skicka();
        assertThat(amnen(TestFolk.AGARE)).anyMatch(a -> a.endsWith("återremitterat"));
        assertThat(amnen(TestFolk.GIVARE2)).anyMatch(a -> a.endsWith("återremitterat"));
        assertThat(Postlada.till(smtp, epost(TestFolk.AGARE)).stream().map(Postlada::innehall))
                .anyMatch(t -> t.contains("Förtydliga syftet") && t.contains("http://localhost:8080/uppdrag/" + id.value()));

        skickaForBeslut(id);
        beslut.besluta(uppgift(TestFolk.GIVARE, id, "beslutsuppgift").id(), Beslut.AVSLA, "Ryms inte");
        skicka();
        assertThat(amnen(TestFolk.AGARE)).anyMatch(a -> a.endsWith("avslaget"));
    }

    @Test
    void a_task_for_a_group_is_offered_to_everyone_in_it() {
        var id = nyttUtkast();
        runtime.createProcessInstanceQuery().processInstanceBusinessKey(String.valueOf(id.value())).list()
                .forEach(p -> runtime.setVariable(p.getId(), "registratorBekraftar", true));
        skickaForBeslut(id);
        beslut.besluta(uppgift(TestFolk.BESLUTSFATTARE, id, "beslutsuppgift").id(), Beslut.FASTSTALL, null);
        skicka();
        assertThat(amnen(TestFolk.REGISTRATOR)).anyMatch(a -> a.contains("uppgift att ta: Bekräfta registreringen"));
    }

    @Test
    void the_mail_about_an_activity_task_names_the_activity() {
        var id = faststalltUppdrag();
        skicka();
        var handling = somRegistrator(id);
        assertThat(amnen(TestFolk.MEDLEM)).contains(handling.titel() + " (" + handling.diarienummer()
                + ") – ny uppgift: Genomför aktiviteten Nulägesanalys");
        var mail = Postlada.till(smtp, epost(TestFolk.MEDLEM)).stream().filter(m -> Postlada.amne(m).contains("ny uppgift")).findFirst()
                .orElseThrow();
        assertThat(Postlada.innehall(mail)).contains("Uppgiften ”Genomför aktiviteten Nulägesanalys”");
    }

    @Test
    void the_execution_phase_asks_for_status_reports_tells_of_the_final_report_and_of_closing() {
        klocka.till(LocalDate.of(2026, 11, 23));
        var id = faststalltUppdrag();
        tidTill(LocalDate.of(2026, 12, 15));
        skicka();
        assertThat(amnen(TestFolk.TAGARE)).anyMatch(a -> a.endsWith("dags för statusrapport"));

        genomforande.lamnaSlutrapport(uppgift(TestFolk.TAGARE, id, "slutrapport").id(), "Klart", List.of());
        skicka();
        assertThat(amnen(TestFolk.BESLUTSFATTARE)).anyMatch(a -> a.endsWith("slutrapport inlämnad"));
        genomforande.beslutaOmSlutrapport(uppgift(TestFolk.BESLUTSFATTARE, id, "beslutOmSlutrapport").id(), true, null);
        skicka();
        assertThat(amnen(TestFolk.TAGARE)).anyMatch(a -> a.endsWith("avslutat"));
        assertThat(amnen(TestFolk.MEDLEM)).anyMatch(a -> a.endsWith("avslutat"));
    }

    @Test
    void pausing_resuming_striking_and_revising_are_told_to_everyone_on_the_uppdrag() {
        var id = faststalltUppdrag();
        folk.loggaIn(TestFolk.GIVARE);
        atgarder.pausa(id, "Avvaktar budget");
        atgarder.ateruppta(id);
        atgarder.revidera(id);
        atgarder.stryk(id, "Inaktuellt");
        skicka();
        assertThat(amnen(TestFolk.MEDLEM)).anyMatch(a -> a.endsWith("pausat")).anyMatch(a -> a.endsWith("återupptaget"))
                .anyMatch(a -> a.endsWith("revideras")).anyMatch(a -> a.endsWith("struket"));
        assertThat(amnen(TestFolk.GIVARE)).as("not the one who did it").noneMatch(a -> a.endsWith("pausat"));
    }

    @Test
    void a_moved_reporting_back_date_is_told_to_the_other_uppdragsgivare_and_those_who_carry_it_out_with_its_reason() {
        var id = faststalltUppdrag();
        var nytt = LocalDate.now(klocka).plusMonths(9).plusDays(3);
        folk.loggaIn(TestFolk.GIVARE2);
        atgarder.flyttaAterredovisning(id, nytt, "Budgeten beslutas först i juni", null);
        skicka();
        for (var roll : new String[] {TestFolk.GIVARE, TestFolk.TAGARE}) {
            var mails = Postlada.till(smtp, epost(roll)).stream()
                    .filter(m -> Postlada.amne(m).endsWith("nytt datum för återredovisning")).toList();
            assertThat(mails).as(roll).hasSize(1);
            assertThat(Postlada.innehall(mails.getFirst())).contains("→ " + nytt + ": Budgeten beslutas först i juni")
                    .contains("http://localhost:8080/uppdrag/" + id.value());
        }
        assertThat(amnen(TestFolk.GIVARE2)).as("not the one who did it").noneMatch(a -> a.endsWith("återredovisning"));
    }

    @Test
    void a_late_task_escalates_to_the_assignee_then_the_uppdragstagare_then_the_uppdragsgivare() {
        var id = nyttUtkast();
        var svarsdatum = LocalDate.now(klocka).plusDays(60);
        remiss.skickaPaRemiss(uppgift(TestFolk.AGARE, id, "utkast").id(), List.of(person(TestFolk.MEDLEM)), svarsdatum);
        runtime.createProcessInstanceQuery().processInstanceBusinessKey(String.valueOf(id.value())).list()
                .forEach(p -> management.createTimerJobQuery().processInstanceId(p.getId()).list()
                        .forEach(j -> management.deleteTimerJob(j.getId())));
        klocka.till(svarsdatum.plusDays(15));
        paminnelser.skicka();
        skicka();
        assertThat(amnen(TestFolk.MEDLEM)).anyMatch(a -> a.contains("försenad: Svara på remiss"));
        assertThat(amnen(TestFolk.TAGARE)).anyMatch(a -> a.contains("försenad: Svara på remiss"));
        assertThat(amnen(TestFolk.GIVARE)).anyMatch(a -> a.contains("försenad: Svara på remiss"));
    }
}
