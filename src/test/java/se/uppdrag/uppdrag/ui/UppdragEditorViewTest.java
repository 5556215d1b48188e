package se.uppdrag.uppdrag.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.uppdrag.Handlingar;
import se.uppdrag.TestFolk;
import se.uppdrag.personer.Person;
import se.uppdrag.uppdrag.Arbetsorganisation;
import se.uppdrag.uppdrag.Tidsperiod;
import se.uppdrag.uppdrag.UppdragStatus;

class UppdragEditorViewTest extends ViewTestBase {

    private void klicka(String text) {
        test($(Button.class).withText(text).first()).click();
    }

    private TextField titel() {
        return $(TextField.class).withLabel("Uppdragets titel").single();
    }

    @Test
    void saving_without_a_title_says_so_at_the_title_field_and_saves_nothing() {
        folk.loggaIn(TestFolk.AGARE);
        navigate("uppdrag/ny", UppdragEditorView.class);
        klicka("Spara utkast");
        assertThat(titel().isInvalid()).isTrue();
        assertThat(titel().getErrorMessage()).isEqualTo("Ange uppdragets titel");
        assertThat(getCurrentView()).isInstanceOf(UppdragEditorView.class);
    }

    @Test
    void a_period_that_cannot_be_read_is_explained_at_the_period_field() {
        folk.loggaIn(TestFolk.AGARE);
        navigate("uppdrag/ny", UppdragEditorView.class);
        test(titel()).setValue("Uppdrag med tidplan");
        klicka("Lägg till aktivitet");
        test($(TextField.class).withLabel("Aktivitet").single()).setValue("Nulägesanalys");
        var period = $(TextField.class).withLabel("Tidplan").single();
        test(period).setValue("till sommaren");
        klicka("Spara utkast");
        assertThat(period.isInvalid()).isTrue();
        assertThat(period.getErrorMessage()).isEqualTo(Tidsperiod.FORMAT_HJALP);
        assertThat(titel().getValue()).isEqualTo("Uppdrag med tidplan");
    }

    @Test
    void an_english_session_is_told_in_english_that_the_period_cannot_be_read() {
        UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
        folk.loggaIn(TestFolk.AGARE);
        navigate("uppdrag/ny", UppdragEditorView.class);
        test($(TextField.class).withLabel("Title of the assignment").single()).setValue("Uppdrag med tidplan");
        test($(Button.class).withText("Add activity").first()).click();
        test($(TextField.class).withLabel("Activity").single()).setValue("Nulägesanalys");
        var period = $(TextField.class).withLabel("Period").single();
        test(period).setValue("till sommaren");
        test($(Button.class).withText("Save draft").first()).click();
        assertThat(period.getErrorMessage())
                .isEqualTo("Write the period as, for example, ”Juni – aug 2025”, ”Nov 2025”, ”Q4 2023”, ”2023 – 2025”, ”Under 2023” or ”2025-06-01 – 2025-08-31”");
    }

    @Test
    void a_recipient_without_a_person_needs_a_valid_email_address() {
        folk.loggaIn(TestFolk.AGARE);
        navigate("uppdrag/ny", UppdragEditorView.class);
        test(titel()).setValue("Uppdrag med sändlista");
        test($(Button.class).withText("Lägg till mottagare").first()).click();
        var epost = $(EmailField.class).withLabel("eller e-postadress").single();
        test(epost).setValue("inte-en-adress");
        klicka("Spara utkast");
        assertThat(epost.isInvalid()).isTrue();
        assertThat(epost.getErrorMessage()).isEqualTo("Ange en giltig e-postadress, till exempel namn@region.se");
    }

    @Test
    void a_valid_draft_is_saved_and_shown_as_the_document() {
        folk.loggaIn(TestFolk.AGARE);
        navigate("uppdrag/ny", UppdragEditorView.class);
        var unik = "Nytt uppdrag om vårdplatser " + folk.anvandarnamn("u");
        test(titel()).setValue(unik);
        klicka("Spara utkast");
        assertThat(getCurrentView()).isInstanceOf(UppdragDokumentView.class);
        assertThat($(Paragraph.class).withText(unik).exists()).isTrue();
    }

    @Test
    void saving_over_someone_elses_change_shows_a_conflict_and_keeps_what_was_typed() {
        var sparat = sparaFullstandigt();
        navigate("uppdrag/" + sparat.id().value() + "/redigera", UppdragEditorView.class);
        test(titel()).setValue("Min ändring i editorn");
        uppdrag.spara(Handlingar.medTitel(sparat, "Någon annans ändring"));

        klicka("Spara utkast");

        var konflikt = $(Paragraph.class).withClassName("konflikt").single();
        assertThat(konflikt.isVisible()).isTrue();
        assertThat(konflikt.getElement().getTextRecursively()).contains("Utkastet är inte sparat").contains("ändrade uppdraget");
        assertThat(titel().getValue()).isEqualTo("Min ändring i editorn");
        assertThat(uppdrag.hamta(sparat.id()).titel()).isEqualTo("Någon annans ändring");
    }

    @Test
    void someone_who_is_not_the_owner_is_sent_to_the_document_instead_of_the_editor() {
        var sparat = sparaFullstandigt();
        folk.loggaIn(TestFolk.TAGARE);
        navigate("uppdrag/" + sparat.id().value() + "/redigera", UppdragDokumentView.class);
        assertThat(getCurrentView()).isInstanceOf(UppdragDokumentView.class);
    }

    @Test
    void an_existing_draft_opens_with_every_section_filled_in() {
        var sparat = sparaFullstandigt();
        navigate("uppdrag/" + sparat.id().value() + "/redigera", UppdragEditorView.class);
        assertThat(titel().getValue()).isEqualTo(sparat.titel());
        assertThat($(TextField.class).withLabel("Aktivitet").all()).hasSize(2);
        assertThat($(TextField.class).withLabel("Tidplan").first().getValue()).isEqualTo("Juni – aug 2026");
        assertThat($(EmailField.class).withLabel("eller e-postadress").all()).extracting(EmailField::getValue)
                .contains("samverkan@regionexempel.se");
    }

    @Test
    void a_deactivated_person_already_in_a_draft_stays_shown_as_deactivated_and_the_draft_still_saves() {
        var sparat = sparaFullstandigt();
        folk.loggaIn(TestFolk.ADMINISTRATOR);
        beans.getBean(se.uppdrag.personer.KatalogService.class).inaktivera(folk.person(TestFolk.TAGARE).id());
        folk.loggaIn(TestFolk.AGARE);
        navigate("uppdrag/" + sparat.id().value() + "/redigera", UppdragEditorView.class);
        assertThat(uppdragstagare().getValue().id()).isEqualTo(folk.person(TestFolk.TAGARE).id());
        assertThat(uppdragstagare().getItemLabelGenerator().apply(uppdragstagare().getValue()))
                .isEqualTo(folk.person(TestFolk.TAGARE).namnOchTitel() + " (inaktiverad)");
        test(titel()).setValue("Ändrad titel med inaktiverad uppdragstagare");
        klicka("Spara utkast");
        assertThat(uppdrag.hamta(sparat.id()).titel()).isEqualTo("Ändrad titel med inaktiverad uppdragstagare");
    }

    private Paragraph beslutskrav() {
        return $(Paragraph.class).withClassName("beslutskrav").single();
    }

    @SuppressWarnings("unchecked")
    private MultiSelectComboBox<Person> uppdragsgivare() {
        return $(MultiSelectComboBox.class).withLabel("Uppdragsgivare").single();
    }

    @SuppressWarnings("unchecked")
    private ComboBox<Person> uppdragstagare() {
        return $(ComboBox.class).withLabel("Uppdragstagare").single();
    }

    private DatePicker slutleverans() {
        return $(DatePicker.class).withLabel("Slutleverans senast").single();
    }

    @Test
    void what_a_decision_needs_is_marked_and_the_summary_follows_as_the_fields_are_filled_in() {
        folk.loggaIn(TestFolk.AGARE);
        navigate("uppdrag/ny", UppdragEditorView.class);
        assertThat(uppdragsgivare().isRequiredIndicatorVisible()).isTrue();
        assertThat(uppdragstagare().isRequiredIndicatorVisible()).isTrue();
        assertThat(uppdragsgivare().getHelperText()).isEqualTo("En eller flera som ger uppdraget. Krävs för beslut.");
        var beslutsfattare = $(Span.class).withClassName("kravs-for-beslut").single();
        assertThat(beslutsfattare.getText()).isEqualTo("Minst en beslutsfattare krävs innan uppdraget skickas för beslut.");
        assertThat(beslutsfattare.getParent().orElseThrow().getElement().getAttribute("aria-label"))
                .isEqualTo("Beslutsfattare. Minst en beslutsfattare krävs innan uppdraget skickas för beslut.");
        assertThat(beslutskrav().getText())
                .isEqualTo("Det här saknas innan uppdraget kan skickas för beslut: Uppdragsgivare, Uppdragstagare, Beslutsfattare");

        uppdragstagare().setValue(folk.person(TestFolk.TAGARE));
        assertThat(beslutskrav().getText()).isEqualTo("Det här saknas innan uppdraget kan skickas för beslut: Uppdragsgivare, Beslutsfattare");
        uppdragsgivare().setValue(Set.of(folk.person(TestFolk.GIVARE)));
        klicka("Lägg till beslutsfattare");
        @SuppressWarnings("unchecked")
        ComboBox<Person> rad = $(ComboBox.class).withLabel("Beslutsfattare").single();
        assertThat(beslutskrav().getText()).isEqualTo("Det här saknas innan uppdraget kan skickas för beslut: Beslutsfattare");
        rad.setValue(folk.person(TestFolk.BESLUTSFATTARE));
        assertThat(beslutskrav().getText()).isEqualTo("Allt som behövs för att skicka uppdraget för beslut är ifyllt.");
    }

    @Test
    void sending_for_decision_with_fields_missing_marks_each_of_them_and_saves_nothing_while_saving_the_draft_still_works() {
        folk.loggaIn(TestFolk.AGARE);
        navigate("uppdrag/ny", UppdragEditorView.class);
        var unik = "Utkast utan parter " + folk.anvandarnamn("u");
        test(titel()).setValue(unik);
        uppdragstagare().setValue(folk.person(TestFolk.TAGARE));

        klicka("Skicka för beslut");

        assertThat(getCurrentView()).isInstanceOf(UppdragEditorView.class);
        assertThat(uppdragsgivare().isInvalid()).isTrue();
        assertThat(uppdragsgivare().getErrorMessage()).isEqualTo("Välj minst en uppdragsgivare innan uppdraget skickas för beslut");
        assertThat(uppdragstagare().isInvalid()).isFalse();
        assertThat($(Span.class).withClassName("lista-fel").all()).extracting(Span::getText)
                .contains("Lägg till minst en beslutsfattare innan uppdraget skickas för beslut");
        assertThat(beslutskrav().getText()).isEqualTo("Det här saknas innan uppdraget kan skickas för beslut: Uppdragsgivare, Beslutsfattare");
        assertThat(beans.getBean(se.uppdrag.uppdrag.UppdragListaService.class).sokReferenser(unik, 5)).isEmpty();

        uppdragsgivare().setValue(Set.of(folk.person(TestFolk.GIVARE)));
        assertThat(uppdragsgivare().isInvalid()).isFalse();
        klicka("Spara utkast");
        assertThat(getCurrentView()).isInstanceOf(UppdragDokumentView.class);
        assertThat(beans.getBean(se.uppdrag.uppdrag.UppdragListaService.class).sokReferenser(unik, 5)).hasSize(1);
    }

    @Test
    void a_complete_draft_is_saved_and_sent_for_decision_from_the_editor() {
        var sparat = sparaFullstandigt();
        navigate("uppdrag/" + sparat.id().value() + "/redigera", UppdragEditorView.class);
        assertThat(beslutskrav().getText()).isEqualTo("Allt som behövs för att skicka uppdraget för beslut är ifyllt.");
        test(titel()).setValue("Skickas för beslut härifrån");
        klicka("Skicka för beslut");
        assertThat(getCurrentView()).isInstanceOf(UppdragDokumentView.class);
        var skickat = uppdrag.hamta(sparat.id());
        assertThat(skickat.status()).isEqualTo(UppdragStatus.FOR_BESLUT);
        assertThat(skickat.titel()).isEqualTo("Skickas för beslut härifrån");
    }

    @Test
    void a_slutleverans_that_has_passed_is_pointed_out_at_the_field_and_refused_only_when_sending_for_decision() {
        var sparat = sparaFullstandigt();
        navigate("uppdrag/" + sparat.id().value() + "/redigera", UppdragEditorView.class);
        var idag = LocalDate.now(beans.getBean(java.time.Clock.class));
        $(DatePicker.class).withLabel("Datum").single().setValue(idag.minusDays(60));
        slutleverans().setValue(idag.minusDays(10));
        assertThat(slutleverans().getHelperText()).startsWith("Obs! Slutleveransen " + idag.minusDays(10) + " har redan passerat.");
        assertThat(slutleverans().isInvalid()).isFalse();
        assertThat(beslutskrav().getText())
                .isEqualTo("Det här saknas innan uppdraget kan skickas för beslut: Slutleverans i dag eller senare");

        klicka("Skicka för beslut");
        assertThat(slutleverans().isInvalid()).isTrue();
        assertThat(slutleverans().getErrorMessage()).isEqualTo("Slutleveransen " + idag.minusDays(10)
                + " har redan passerat. Välj ett datum i dag eller senare innan uppdraget skickas för beslut");
        assertThat(uppdrag.hamta(sparat.id()).status()).isEqualTo(UppdragStatus.UTKAST);

        klicka("Spara utkast");
        assertThat(getCurrentView()).isInstanceOf(UppdragDokumentView.class);
        assertThat(uppdrag.hamta(sparat.id()).tidplan().slutleverans()).isEqualTo(idag.minusDays(10));
    }

    @Test
    void a_revision_cannot_be_given_a_slutleverans_before_the_decision_it_revises() {
        var sparat = sparaFullstandigt();
        var idag = LocalDate.now(beans.getBean(java.time.Clock.class));
        var beslutat = idag.minusDays(20);
        var handling = Handlingar.fullstandig(uppdrag.nyttUtkast(), folk, new se.uppdrag.uppdrag.UppdragRef(sparat.id(), sparat.titel(), null));
        folk.loggaIn(TestFolk.REGISTRATOR);
        var beslutad = uppdrag.importera(Handlingar.beslutad(handling, beslutat), UppdragStatus.PAGAENDE);
        folk.loggaIn(TestFolk.GIVARE);
        var revision = beans.getBean(se.uppdrag.uppdrag.UppdragAtgardService.class).revidera(beslutad.id());
        folk.loggaIn(TestFolk.AGARE);
        navigate("uppdrag/" + revision.value() + "/redigera", UppdragEditorView.class);

        $(DatePicker.class).withLabel("Datum").single().setValue(beslutat.minusDays(10));
        slutleverans().setValue(beslutat.minusDays(1));
        assertThat(slutleverans().isInvalid()).isTrue();
        assertThat(slutleverans().getErrorMessage()).isEqualTo("Slutleveransen kan inte ligga före beslutet den " + beslutat);
        klicka("Spara utkast");
        assertThat(getCurrentView()).isInstanceOf(UppdragEditorView.class);
        assertThat(uppdrag.hamta(revision).tidplan().slutleverans()).isNotEqualTo(beslutat.minusDays(1));

        slutleverans().setValue(beslutat.plusMonths(4));
        assertThat(slutleverans().isInvalid()).isFalse();
    }

    @Test
    void a_new_draft_offers_the_sentence_on_extra_resources_without_writing_it_in() {
        folk.loggaIn(TestFolk.AGARE);
        navigate("uppdrag/ny", UppdragEditorView.class);
        var notering = $(TextArea.class).withLabel("Notering om arbetsgruppen").single();
        var erbjudande = $(Checkbox.class).withLabel("Lägg till: " + Arbetsorganisation.RESURSER_VID_BEHOV).single();
        assertThat(notering.getValue()).isEmpty();
        assertThat(erbjudande.getValue()).isFalse();

        test(notering).setValue("Gruppen träffas varannan vecka.");
        test(erbjudande).click();
        assertThat(notering.getValue()).isEqualTo("Gruppen träffas varannan vecka. " + Arbetsorganisation.RESURSER_VID_BEHOV);
        test(erbjudande).click();
        assertThat(notering.getValue()).isEqualTo("Gruppen träffas varannan vecka.");

        test(titel()).setValue("Utan meningen " + folk.anvandarnamn("m"));
        klicka("Spara utkast");
        var id = se.uppdrag.uppdrag.UppdragId.parse(com.vaadin.flow.component.UI.getCurrent().getActiveViewLocation().getPath()
                .replaceAll("\\D+", "")).orElseThrow();
        assertThat(uppdrag.hamta(id).arbetsorganisation().notering()).isEqualTo("Gruppen träffas varannan vecka.");
    }

    @Test
    void an_existing_draft_with_the_sentence_keeps_it_and_shows_it_chosen() {
        var sparat = sparaFullstandigt();
        navigate("uppdrag/" + sparat.id().value() + "/redigera", UppdragEditorView.class);
        assertThat($(TextArea.class).withLabel("Notering om arbetsgruppen").single().getValue())
                .isEqualTo(Arbetsorganisation.RESURSER_VID_BEHOV);
        assertThat($(Checkbox.class).withLabel("Lägg till: " + Arbetsorganisation.RESURSER_VID_BEHOV).single().getValue()).isTrue();
    }
}
