package se.uppdrag.uppdrag.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import se.uppdrag.TestFolk;
import se.uppdrag.uppdrag.SekretessService;
import se.uppdrag.uppdrag.UppdragId;

/** The sekretess marking on the document view: set by the owner with messages at the fields, shown to every reader. */
class SekretessVisningTest extends ViewTestBase {

    private void oppna(UppdragId id) {
        navigate("uppdrag/" + id.value(), UppdragDokumentView.class);
    }

    @Test
    void the_owner_marks_the_uppdrag_a_wrong_provision_is_refused_at_its_field_and_readers_see_the_marking() {
        var id = sparaFullstandigt().id();
        oppna(id);
        test($(Button.class).withText("Sekretessmarkera").single()).click();
        var osl = $(TextField.class).withLabel("Lagrum i OSL").single();
        var skal = $(TextArea.class).withLabel("Skäl till sekretessen").single();
        test(osl).setValue("21:7");
        test(skal).setValue("Uppgifter om enskildas hälsa");
        test($(Button.class).withText("Spara markeringen").single()).click();
        assertThat(osl.isInvalid()).isTrue();
        assertThat(osl.getErrorMessage()).startsWith("Ange lagrummet som kapitel och paragraf i offentlighets- och sekretesslagen");
        assertThat(beans.getBean(SekretessService.class).hamta(id)).isEmpty();

        test(osl).setValue("21 kap. 7 §");
        test($(Button.class).withText("Spara markeringen").single()).click();
        assertThat(beans.getBean(SekretessService.class).hamta(id)).isPresent();
        assertThat($(Span.class).withClassName("sekretess-markering").single().getElement().getTextRecursively())
                .as("the view is redrawn with the marking").isEqualTo("Sekretess enligt 21 kap. 7 § OSL");
        assertThat($(Button.class).withText("Ändra sekretessmarkering").exists()).isTrue();

        folk.loggaIn(TestFolk.MOTTAGARE);
        oppna(id);
        assertThat($(Span.class).withClassName("sekretess-markering").single().getElement().getTextRecursively())
                .isEqualTo("Sekretess enligt 21 kap. 7 § OSL");
        assertThat($(Button.class).withText("Ändra sekretessmarkering").exists()).as("a reader may not change it").isFalse();
    }

    @Test
    void an_unmarked_uppdrag_shows_no_marking_and_only_those_who_may_are_offered_the_button() {
        var id = sparaFullstandigt().id();
        oppna(id);
        assertThat($(Span.class).withClassName("sekretess-markering").exists()).isFalse();
        assertThat($(Button.class).withText("Sekretessmarkera").exists()).isTrue();
        folk.loggaIn(TestFolk.TAGARE);
        oppna(id);
        assertThat($(Button.class).withText("Sekretessmarkera").exists()).isFalse();
    }
}
