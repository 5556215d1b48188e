package se.uppdrag.uppdrag.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.uppdrag.TestFolk;
import se.uppdrag.plan.Malomrade;
import se.uppdrag.plan.Plan;
import se.uppdrag.plan.PlanService;
import se.uppdrag.plan.PlanUtkast;
import se.uppdrag.plan.PlanUtkast.MalomradeUtkast;
import se.uppdrag.uppdrag.UppdragId;

/** The owner places the uppdrag in a plan from the editor, and the document says where it stands. */
class PlanIEditornTest extends ViewTestBase {

    @Autowired
    PlanService planer;

    private Plan plan() {
        folk.loggaIn(TestFolk.ADMINISTRATOR);
        var plan = planer.spara(new PlanUtkast(null, "Verksamhetsplan " + folk.anvandarnamn(TestFolk.AGARE), 2026, 2026,
                LocalDate.of(2025, 11, 20), "Regionstyrelsen", List.of(new MalomradeUtkast(null, "God och nära vård", List.of()),
                        new MalomradeUtkast(null, "Ekonomi i balans", List.of()))), null);
        folk.loggaIn(TestFolk.AGARE);
        return plan;
    }

    @SuppressWarnings("unchecked")
    private <T> ComboBox<T> val(String etikett) {
        return $(ComboBox.class).withLabel(etikett).single();
    }

    @Test
    void the_owner_chooses_plan_and_malomrade_and_the_document_shows_them_with_number_body_and_sub_items() {
        var plan = plan();
        navigate("uppdrag/ny", UppdragEditorView.class);
        var titel = "Uppdrag i planen " + folk.anvandarnamn("p");
        test($(TextField.class).withLabel("Uppdragets titel").single()).setValue(titel);
        ComboBox<Malomrade> malomrade = val("Målområde");
        assertThat(malomrade.isEnabled()).as("no målområde before a plan is chosen").isFalse();

        test(this.<Plan>val("Plan")).selectItem(plan.namn() + " (2026)");
        test(malomrade).selectItem("Ekonomi i balans");
        test($(TextField.class).withLabel("Nummer i planen").single()).setValue("RS 4");
        test($(TextArea.class).withLabel("Delpunkter").single()).setValue("Kartlägg kostnaderna\nFöreslå åtgärder");
        test($(Button.class).withText("Spara utkast").first()).click();

        assertThat(getCurrentView()).isInstanceOf(UppdragDokumentView.class);
        assertThat($(Paragraph.class).withText(plan.namn() + " (2026), målområde Ekonomi i balans, nr RS 4").exists()).isTrue();
        assertThat($(Paragraph.class).withText("Givet av Regionstyrelsen").exists())
                .as("the plan's adopting body is taken as the giver unless changed").isTrue();
        var sparat = uppdrag.hamta(new UppdragId(Long.parseLong(
                com.vaadin.flow.component.UI.getCurrent().getInternals().getActiveViewLocation().getSegments().get(1))));
        assertThat(sparat.huvud().plan().bokstaverade()).containsExactly("a) Kartlägg kostnaderna", "b) Föreslå åtgärder");
    }
}
