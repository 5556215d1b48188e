package se.uppdrag.uppdrag.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import se.uppdrag.Handlingar;
import se.uppdrag.TestFolk;
import se.uppdrag.uppdrag.Tidsperiod;

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
}
