package se.uppdrag.uppdrag.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.uppdrag.TestFolk;
import se.uppdrag.uppdrag.HandelseTyp;
import se.uppdrag.uppdrag.UppdragHistorikService;
import se.uppdrag.uppdrag.UppdragId;

/** The uppdragsgivare moves the återredovisning from the document view; a refusal shows at its field and nothing is lost. */
class AterredovisningDialogTest extends ProcessViewTestBase {

    private void oppna(UppdragId id) {
        navigate("uppdrag/" + id.value(), UppdragDokumentView.class);
    }

    @Test
    void the_uppdragsgivare_gives_a_new_date_and_a_reason_and_a_missing_reason_or_a_past_date_is_said_at_its_field() {
        var id = faststallt();
        folk.loggaIn(TestFolk.GIVARE);
        oppna(id);
        test($(Button.class).withText("Flytta återredovisning").single()).click();
        var datum = $(DatePicker.class).withLabel("Nytt datum för återredovisning").single();
        var skal = $(TextArea.class).withLabel("Skäl").single();
        var nytt = LocalDate.now(klocka).plusMonths(7);

        test(datum).setValue(nytt);
        test($(Button.class).withText("Spara det nya datumet").single()).click();
        assertThat(skal.isInvalid()).isTrue();
        assertThat(skal.getErrorMessage()).isEqualTo("Ange varför datumet flyttas.");
        assertThat(datum.isInvalid()).isFalse();

        test(skal).setValue("Väntar på regionfullmäktiges budget");
        test(datum).setValue(LocalDate.now(klocka).minusDays(3));
        test($(Button.class).withText("Spara det nya datumet").single()).click();
        assertThat(datum.isInvalid()).isTrue();
        assertThat(datum.getErrorMessage()).startsWith("Det nya datumet har redan passerat");
        assertThat(skal.getValue()).as("what was typed stays").isEqualTo("Väntar på regionfullmäktiges budget");

        test(datum).setValue(nytt);
        test($(Button.class).withText("Spara det nya datumet").single()).click();
        assertThat($(Button.class).withText("Spara det nya datumet").exists()).as("the dialog closed").isFalse();
        folk.loggaIn(TestFolk.REGISTRATOR);
        var steg = beans.getBean(UppdragHistorikService.class).handelser(id).getLast();
        assertThat(steg.typ()).isEqualTo(HandelseTyp.ATERREDOVISNING_FLYTTAD);
        assertThat(steg.kommentar()).endsWith("→ " + nytt + ": Väntar på regionfullmäktiges budget");
    }

    @Test
    void those_who_carry_the_uppdrag_out_are_not_offered_the_button() {
        var id = faststallt();
        folk.loggaIn(TestFolk.TAGARE);
        oppna(id);
        assertThat($(Button.class).withText("Flytta återredovisning").exists()).isFalse();
    }
}
