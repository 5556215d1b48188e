package se.uppdrag.uppdrag.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.uppdrag.Handlingar;
import se.uppdrag.TestFolk;
import se.uppdrag.personer.Person;
import se.uppdrag.uppdrag.Aktivitet;
import se.uppdrag.uppdrag.Tidplan;
import se.uppdrag.uppdrag.Tidsperiod;
import se.uppdrag.uppdrag.UppdragId;

/**
 * The owner names who is responsible for an activity as a person or as a unit or role ("CIFU"), and who is responsible
 * in follow-up; the periods are written as regions write them ("Q4 2026", "2026 – 2027").
 */
class AnsvarigEnhetIEditornTest extends ViewTestBase {

    private TextField enhet() {
        return $(TextField.class).withLabel("eller enhet/roll").single();
    }

    @SuppressWarnings("unchecked")
    private ComboBox<Person> person() {
        return $(ComboBox.class).withLabel("Ansvarig").single();
    }

    @Test
    void a_unit_responsible_for_an_activity_in_a_quarter_is_saved_and_the_document_names_it() {
        folk.loggaIn(TestFolk.AGARE);
        navigate("uppdrag/ny", UppdragEditorView.class);
        var titel = "Uppdrag med ansvarig enhet " + folk.anvandarnamn("e");
        test($(TextField.class).withLabel("Uppdragets titel").single()).setValue(titel);
        test($(Button.class).withText("Lägg till aktivitet").first()).click();
        test($(TextField.class).withLabel("Aktivitet").single()).setValue("Kartläggning");
        test($(TextField.class).withLabel("Tidplan").single()).setValue("kv4 2026");
        assertThat(enhet().getHelperText()).as("the hint says where the task goes")
                .isEqualTo("Är en enhet eller roll ansvarig går aktivitetens uppgift till uppdragstagaren.");
        test(enhet()).setValue("CIFU");
        test($(TextField.class).withLabel("Ansvarig i uppföljningen").single()).setValue("Ekonomidirektör");
        test($(Button.class).withText("Spara utkast").first()).click();

        assertThat(getCurrentView()).isInstanceOf(UppdragDokumentView.class);
        var sparat = uppdrag.hamta(new UppdragId(Long.parseLong(
                com.vaadin.flow.component.UI.getCurrent().getInternals().getActiveViewLocation().getSegments().get(1))));
        assertThat(sparat.tidplan().aktiviteter()).singleElement().satisfies(a -> {
            assertThat(a.ansvarig()).isNull();
            assertThat(a.ansvarigText()).isEqualTo("CIFU");
            assertThat(a.period()).isEqualTo(Tidsperiod.kvartal(2026, 4, 2026, 4));
        });
        assertThat(sparat.tidplan().ansvarigIUppfoljning()).isEqualTo("Ekonomidirektör");
        assertThat($(NativeTableCell.class).all()).extracting(NativeTableCell::getText)
                .containsSubsequence("Kartläggning", "Q4 2026", "CIFU");
        assertThat($(Paragraph.class).withText("Ansvarig i uppföljningen: Ekonomidirektör.").exists()).isTrue();
    }

    @Test
    void choosing_a_person_clears_the_unit_and_typing_a_unit_clears_the_person() {
        folk.loggaIn(TestFolk.AGARE);
        navigate("uppdrag/ny", UppdragEditorView.class);
        test($(Button.class).withText("Lägg till aktivitet").first()).click();
        test(enhet()).setValue("Ekonomidirektör");
        person().setValue(folk.person(TestFolk.MEDLEM));
        assertThat(enhet().getValue()).isEmpty();

        test(enhet()).setValue("Respektive CD och VC");
        assertThat(person().getValue()).isNull();
    }

    @Test
    void a_draft_with_a_unit_responsible_opens_with_the_unit_and_the_years_as_written() {
        var sparat = sparaFullstandigt();
        var tidplan = new Tidplan(null, sparat.tidplan().slutleverans(), List.of(
                new Aktivitet("Införande", Tidsperiod.parse("2026 – 2027"), null, "Respektive CD och VC")));
        uppdrag.spara(Handlingar.medTidplan(sparat, tidplan));
        navigate("uppdrag/" + sparat.id().value() + "/redigera", UppdragEditorView.class);
        assertThat($(TextField.class).withLabel("Tidplan").single().getValue()).isEqualTo("2026 – 2027");
        assertThat(enhet().getValue()).isEqualTo("Respektive CD och VC");
        assertThat(person().getValue()).isNull();
    }
}
