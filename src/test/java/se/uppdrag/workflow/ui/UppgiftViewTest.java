package se.uppdrag.workflow.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.uppdrag.TestFolk;
import se.uppdrag.personer.Person;
import se.uppdrag.uppdrag.Beslut;
import se.uppdrag.uppdrag.Remissvar;
import se.uppdrag.uppdrag.UppdragStatus;

/** Each task form: what it asks for, what it says when something is missing, and that it moves the uppdrag on. */
class UppgiftViewTest extends InkorgTestBase {

    private void klicka(String text) {
        test($(Button.class).withText(text).first()).click();
    }

    private UppdragStatus status(se.uppdrag.uppdrag.UppdragId id) {
        folk.loggaIn(TestFolk.REGISTRATOR);
        return uppdrag.hamta(id).status();
    }

    @Test
    void the_draft_form_sends_the_draft_på_remiss_to_the_chosen_reviewers() {
        var id = nyttUtkast();
        oppna(TestFolk.AGARE, id, "utkast");
        klicka("Skicka på remiss");
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<Person> granskare = $(MultiSelectComboBox.class).withLabel("Granskare").single();
        assertThat(granskare.getErrorMessage()).isEqualTo("Välj minst en person att skicka remissen till");
        assertThat(getCurrentView()).isInstanceOf(UppgiftView.class);

        granskare.setValue(Set.of(folk.person(TestFolk.MEDLEM)));
        klicka("Skicka på remiss");
        assertThat(getCurrentView()).isInstanceOf(MinaUppgifterView.class);
        assertThat(status(id)).isEqualTo(UppdragStatus.PA_REMISS);
    }

    @Test
    void the_review_form_asks_which_changes_are_needed() {
        var id = nyttUtkast();
        remiss.skickaPaRemiss(uppgift(TestFolk.AGARE, id, "utkast").id(), List.of(folk.person(TestFolk.MEDLEM).id()), LocalDate.now(klocka).plusDays(5));
        oppna(TestFolk.MEDLEM, id, "remissvar");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Remissvar.Svar> svar = $(RadioButtonGroup.class).withLabel("Ditt svar").single();
        klicka("Skicka svar");
        assertThat(svar.getErrorMessage()).isEqualTo("Välj godkänt eller ändringar behövs");

        svar.setValue(Remissvar.Svar.ANDRINGAR_BEHOVS);
        klicka("Skicka svar");
        var kommentar = $(TextArea.class).withLabel("Kommentar").single();
        assertThat(kommentar.getErrorMessage()).isEqualTo("Skriv vilka ändringar som behövs");

        test(kommentar).setValue("Tidplanen är för snäv");
        klicka("Skicka svar");
        assertThat(getCurrentView()).isInstanceOf(MinaUppgifterView.class);
        assertThat(status(id)).isEqualTo(UppdragStatus.UTKAST);
    }

    @Test
    void the_decision_form_needs_a_comment_to_send_back_and_fastställer_without_one() {
        var id = nyttUtkast();
        folk.loggaIn(TestFolk.AGARE);
        oppna(TestFolk.AGARE, id, "utkast");
        klicka("Skicka för beslut");
        assertThat(status(id)).isEqualTo(UppdragStatus.FOR_BESLUT);

        oppna(TestFolk.BESLUTSFATTARE, id, "beslutsuppgift");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Beslut> val = $(RadioButtonGroup.class).withLabel("Beslut").single();
        val.setValue(Beslut.ATERREMITTERA);
        klicka("Registrera beslutet");
        assertThat($(TextArea.class).withLabel("Kommentar").single().getErrorMessage())
                .isEqualTo("Skriv vad som behöver ändras innan uppdraget kan fastställas");

        val.setValue(Beslut.FASTSTALL);
        klicka("Registrera beslutet");
        assertThat(status(id)).isEqualTo(UppdragStatus.PAGAENDE);
    }

    @Test
    void the_final_report_needs_text_and_then_goes_to_the_beslutsfattare() {
        var id = nyttUtkast();
        faststall(id);

        oppna(TestFolk.TAGARE, id, "slutrapport");
        klicka("Lämna slutrapporten");
        var text = $(TextArea.class).withLabel("Slutrapport").single();
        assertThat(text.getErrorMessage()).isEqualTo("Skriv slutrapporten eller en sammanfattning av bilagorna");
        test(text).setValue("Förslaget är klart och förankrat.");
        klicka("Lämna slutrapporten");
        assertThat(status(id)).isEqualTo(UppdragStatus.SLUTRAPPORT_INLAMNAD);

        // the beslutsfattare who decides alone: the final report follows the uppdrag decision's rule
        oppna(TestFolk.BESLUTSFATTARE, id, "beslutOmSlutrapport");
        assertThat($(com.vaadin.flow.component.html.Paragraph.class).withText("Förslaget är klart och förankrat.").exists()).isTrue();
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Boolean> godkann = $(RadioButtonGroup.class).withLabel("Beslut om slutrapporten").single();
        godkann.setValue(true);
        klicka("Registrera beslutet");
        assertThat(status(id)).isEqualTo(UppdragStatus.AVSLUTAT);
    }

    @Test
    void the_draft_form_says_what_a_decision_still_lacks_and_sending_it_is_refused_with_that() {
        folk.loggaIn(TestFolk.AGARE);
        var id = uppdrag.skapa(se.uppdrag.Handlingar.enkel(uppdrag.nyttUtkast(), "Bara en titel " + folk.anvandarnamn("t"))).id();
        oppna(TestFolk.AGARE, id, "utkast");
        var krav = $(com.vaadin.flow.component.html.Paragraph.class).withClassName("beslutskrav").single();
        assertThat(krav.getText())
                .isEqualTo("Det här saknas innan uppdraget kan skickas för beslut: Uppdragsgivare, Uppdragstagare, Beslutsfattare");
        klicka("Skicka för beslut");
        assertThat(getCurrentView()).isInstanceOf(UppgiftView.class);
        assertThat(status(id)).isEqualTo(UppdragStatus.UTKAST);
    }

    @Test
    void a_file_over_the_limit_is_refused_at_the_field_with_the_limit() {
        var id = nyttUtkast();
        faststall(id);
        oppna(TestFolk.TAGARE, id, "slutrapport");
        var upload = $(com.vaadin.flow.component.upload.Upload.class).single();
        assertThat(upload.getMaxFileSize()).isEqualTo(20 * 1024 * 1024);
        assertThat($(com.vaadin.flow.component.html.Span.class).withId("slutrapport-bilagor").single().getText())
                .isEqualTo("Bilagor (högst 20 MB per fil)");

        test(upload).upload("rapport.pdf", "application/pdf", new byte[20 * 1024 * 1024 + 1]);

        assertThat(avvisning()).isEqualTo("Filen är för stor: högst 20 MB (rapport.pdf).");
        test($(TextArea.class).withLabel("Slutrapport").single()).setValue("Rapporten bifogades inte.");
        klicka("Lämna slutrapporten");
        folk.loggaIn(TestFolk.REGISTRATOR);
        assertThat(beans.getBean(se.uppdrag.uppdrag.GenomforandeService.class).slutrapporter(id).getFirst().bilagor()).isEmpty();
    }

    @Test
    void a_program_is_refused_at_the_field_with_the_kinds_that_are_taken_whether_the_browser_or_the_server_refuses_it() {
        var id = nyttUtkast();
        faststall(id);
        oppna(TestFolk.TAGARE, id, "slutrapport");
        var upload = $(com.vaadin.flow.component.upload.Upload.class).single();
        assertThat(upload.getAcceptedFileTypes()).contains(".pdf", ".docx", ".xlsx", ".odt", ".png", ".csv", "application/pdf")
                .doesNotContain(".exe");

        // the browser refuses what the field does not accept before sending it
        com.vaadin.flow.component.ComponentUtil.fireEvent(upload,
                new com.vaadin.flow.component.upload.FileRejectedEvent(upload, "Incorrect File Type.", "program.exe"));
        assertThat(avvisning()).startsWith("Filtypen .exe tas inte emot (program.exe). Tillåtna: PDF, Word (doc, docx), Excel (xls, xlsx)");

        test(upload).upload("forslag.txt", "text/plain", "Förslag".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(avvisning()).isEmpty();

        // a request made past the browser reaches the server, which checks again
        test(upload).upload("program.exe", "application/pdf", new byte[] {77, 90});
        assertThat(avvisning()).startsWith("Filtypen .exe tas inte emot (program.exe).");
        test($(TextArea.class).withLabel("Slutrapport").single()).setValue("Förslaget bifogas.");
        klicka("Lämna slutrapporten");
        folk.loggaIn(TestFolk.REGISTRATOR);
        assertThat(beans.getBean(se.uppdrag.uppdrag.GenomforandeService.class).slutrapporter(id).getFirst().bilagor())
                .extracting(se.uppdrag.uppdrag.Bilaga::filnamn).containsExactly("forslag.txt");
    }

    private String avvisning() {
        return $(com.vaadin.flow.component.html.Span.class).withId("slutrapport-avvisning").single().getText();
    }

    @Test
    void someone_else_cannot_open_the_task() {
        var id = nyttUtkast();
        var utkast = uppgift(TestFolk.AGARE, id, "utkast");
        folk.loggaIn(TestFolk.UTOMSTAENDE);
        navigate("uppgifter/" + utkast.id(), UppgiftView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("Uppgiften kan inte visas");
        assertThat($(Button.class).withText("Skicka för beslut").exists()).isFalse();
    }

    @Test
    void a_comment_is_added_to_the_task_for_everyone_on_it() {
        var id = nyttUtkast();
        oppna(TestFolk.AGARE, id, "utkast");
        test($(TextArea.class).withLabel("Ny kommentar").single()).setValue("Väntar in ekonomins siffror");
        klicka("Kommentera");
        assertThat($(ListItem.class).all()).anyMatch(li -> li.getElement().getTextRecursively().contains("Väntar in ekonomins siffror")
                && li.getElement().getTextRecursively().contains("Åsa Ägare"));
    }

    private void faststall(se.uppdrag.uppdrag.UppdragId id) {
        oppna(TestFolk.AGARE, id, "utkast");
        klicka("Skicka för beslut");
        oppna(TestFolk.BESLUTSFATTARE, id, "beslutsuppgift");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Beslut> val = $(RadioButtonGroup.class).withLabel("Beslut").single();
        val.setValue(Beslut.FASTSTALL);
        klicka("Registrera beslutet");
    }

    @Test
    void the_owner_follows_the_round_and_may_end_it_early() {
        var id = nyttUtkast();
        remiss.skickaPaRemiss(uppgift(TestFolk.AGARE, id, "utkast").id(), List.of(folk.person(TestFolk.MEDLEM).id()), LocalDate.now(klocka).plusDays(5));
        oppna(TestFolk.AGARE, id, "remissuppfoljning");
        klicka("Avsluta remissrundan");
        assertThat(getCurrentView()).isInstanceOf(MinaUppgifterView.class);
        assertThat(status(id)).isEqualTo(UppdragStatus.UTKAST);
    }

    @Test
    void following_the_round_shows_each_answer_with_its_comment_and_time_and_who_has_not_answered() {
        var id = nyttUtkast();
        var svarSenast = LocalDate.now(klocka).plusDays(5);
        remiss.skickaPaRemiss(uppgift(TestFolk.AGARE, id, "utkast").id(),
                List.of(folk.person(TestFolk.MEDLEM).id(), folk.person(TestFolk.GIVARE2).id()), svarSenast);
        remiss.svara(uppgift(TestFolk.MEDLEM, id, "remissvar").id(), Remissvar.Svar.ANDRINGAR_BEHOVS, "Tidplanen är för snäv");

        oppna(TestFolk.AGARE, id, "remissuppfoljning");
        assertThat($(H1.class).single().getText()).isEqualTo("Följ remissen");
        assertThat($(com.vaadin.flow.component.html.Paragraph.class).withClassName("remiss-svarsdatum").single().getText())
                .isEqualTo("Svar senast " + svarSenast + ".");
        var svar = $(com.vaadin.flow.component.html.UnorderedList.class).withClassName("remiss-svar").single();
        assertThat(svar.getElement().getTextRecursively()).containsPattern(java.util.regex.Pattern.quote(
                folk.person(TestFolk.MEDLEM).namn() + ": Ändringar behövs (" + LocalDate.now(klocka) + " ") + "\\d{2}:\\d{2}\\)")
                .contains("Tidplanen är för snäv");
        var ejSvarat = $(com.vaadin.flow.component.html.UnorderedList.class).withClassName("remiss-ej-svarat").single();
        assertThat($(ListItem.class).from(ejSvarat).all()).extracting(ListItem::getText)
                .containsExactly(folk.person(TestFolk.GIVARE2).namn());
        assertThat($(com.vaadin.flow.component.html.H2.class).all()).extracting(com.vaadin.flow.component.html.H2::getText)
                .contains("Svar (1 av 2)", "Har inte svarat (1)");
    }

    @Test
    void following_the_round_says_when_the_reply_date_has_passed() {
        var id = nyttUtkast();
        var svarSenast = LocalDate.now(klocka);
        remiss.skickaPaRemiss(uppgift(TestFolk.AGARE, id, "utkast").id(), List.of(folk.person(TestFolk.MEDLEM).id()), svarSenast);
        var uppfoljning = uppgift(TestFolk.AGARE, id, "remissuppfoljning");
        // the day after, before the engine's timer has ended the round
        klocka.till(svarSenast.plusDays(1));
        navigate("uppgifter/" + uppfoljning.id(), UppgiftView.class);
        assertThat($(com.vaadin.flow.component.html.Paragraph.class).withClassName("remiss-svarsdatum").single().getText())
                .isEqualTo("Svarsdatumet " + svarSenast + " har passerat.");
        assertThat($(com.vaadin.flow.component.html.Paragraph.class).withText("Inga svar ännu.").exists()).isTrue();
    }

    @Test
    void an_activity_is_marked_done_with_an_optional_comment() {
        var id = nyttUtkast();
        faststall(id);
        oppna(TestFolk.MEDLEM, id, "aktivitet");
        test($(TextArea.class).withLabel("Kommentar (valfri)").single()).setValue("Nuläget är beskrivet");
        klicka("Markera som klar");
        assertThat(getCurrentView()).isInstanceOf(MinaUppgifterView.class);
        folk.loggaIn(TestFolk.MEDLEM);
        assertThat(uppgifter.mina(se.uppdrag.workflow.UppgiftFilter.alla())).noneMatch(u -> u.typ().equals("aktivitet")
                && u.arende().nyckel().equals(String.valueOf(id.value())));
    }

    @Test
    void an_activity_task_is_headed_by_the_activity_it_is_for_in_the_users_language() {
        var id = nyttUtkast();
        faststall(id);
        oppna(TestFolk.MEDLEM, id, "aktivitet");
        assertThat($(H1.class).single().getText()).isEqualTo("Genomför aktiviteten Nulägesanalys");

        com.vaadin.flow.component.UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
        oppna(TestFolk.MEDLEM, id, "aktivitet");
        assertThat($(H1.class).single().getText()).isEqualTo("Carry out the activity Nulägesanalys");
    }

    @Test
    void the_status_report_form_asks_for_light_trend_and_a_comment() {
        klocka.till(LocalDate.of(2026, 11, 23));
        var id = nyttUtkast();
        faststall(id);
        klocka.till(LocalDate.of(2026, 12, 15));
        TestFolk.loggaUt();
        var management = beans.getBean(org.flowable.engine.ManagementService.class);
        for (var jobb : management.createTimerJobQuery().duedateLowerThan(java.util.Date.from(klocka.instant())).list()) {
            management.executeJob(management.moveTimerToExecutableJob(jobb.getId()).getId());
        }
        oppna(TestFolk.TAGARE, id, "statusrapport");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<se.uppdrag.uppdrag.Statusrapport.Ljus> ljus = $(RadioButtonGroup.class).withLabel("Status").single();
        ljus.setValue(se.uppdrag.uppdrag.Statusrapport.Ljus.ROD);
        klicka("Lämna statusrapport");
        var kommentar = $(TextArea.class).withLabel("Kommentar").single();
        assertThat(kommentar.getErrorMessage()).isEqualTo("Kommentera hur arbetet går");
        test(kommentar).setValue("Leverantören har dragit sig ur");
        klicka("Lämna statusrapport");
        assertThat(getCurrentView()).isInstanceOf(MinaUppgifterView.class);
        folk.loggaIn(TestFolk.GIVARE);
        assertThat(beans.getBean(se.uppdrag.uppdrag.GenomforandeService.class).statusrapporter(id))
                .extracting(r -> r.ljus()).containsExactly(se.uppdrag.uppdrag.Statusrapport.Ljus.ROD);
    }

    @Test
    void a_registrator_takes_the_group_task_and_confirms_the_registration() {
        var id = nyttUtkast();
        var runtime = beans.getBean(org.flowable.engine.RuntimeService.class);
        runtime.createProcessInstanceQuery().processInstanceBusinessKey(String.valueOf(id.value())).list()
                .forEach(p -> runtime.setVariable(p.getId(), "registratorBekraftar", true));
        faststall(id);
        folk.loggaIn(TestFolk.REGISTRATOR);
        var uppgift = uppgifter.attTa(se.uppdrag.workflow.UppgiftFilter.alla()).stream()
                .filter(u -> u.arende().nyckel().equals(String.valueOf(id.value()))).findFirst().orElseThrow();
        navigate("uppgifter/" + uppgift.id(), UppgiftView.class);
        assertThat($(Button.class).withText("Bekräfta registreringen").exists()).isFalse();
        klicka("Ta uppgiften");
        navigate("uppgifter/" + uppgift.id(), UppgiftView.class);
        klicka("Bekräfta registreringen");
        assertThat(status(id)).isEqualTo(UppdragStatus.PAGAENDE);
    }
}
