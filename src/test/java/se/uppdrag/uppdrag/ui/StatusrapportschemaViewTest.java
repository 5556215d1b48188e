package se.uppdrag.uppdrag.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.uppdrag.TestFolk;
import se.uppdrag.uppdrag.StatusrapportschemaService;
import se.uppdrag.uppdrag.Statusrapportering;
import se.uppdrag.uppdrag.internal.RapportdatumRepository;

/** The administrator's status report dates: shown per cadence, saved, and a bad date refused at its field. */
class StatusrapportschemaViewTest extends ViewTestBase {

    @Autowired
    StatusrapportschemaService schema;
    @Autowired
    RapportdatumRepository rapportdatum;

    @BeforeEach
    void somAdministrator() {
        folk.loggaIn(TestFolk.ADMINISTRATOR);
        navigate("statusrapporter", StatusrapportschemaView.class);
    }

    @AfterEach
    void tillbakaTillKonfigurationen() {
        rapportdatum.deleteAll();
    }

    @Test
    void each_cadence_shows_its_dates_the_configured_ones_before_any_are_saved() {
        assertThat(falt("Två gånger per år").getValue()).isEqualTo("04-15, 10-15");
        assertThat(falt("Varje kvartal").getValue()).isEqualTo("03-15, 06-15, 09-15, 12-15");
        assertThat(falt("Varje tertial").getValue()).isEqualTo("01-15, 05-15, 09-15");
    }

    @Test
    void saved_dates_are_kept_in_order_and_shown_again() {
        test(falt("Varje tertial")).setValue("09-20,05-20, 01-20");
        test($(Button.class).withText("Spara datumen").single()).click();

        assertThat(falt("Varje tertial").getValue()).isEqualTo("01-20, 05-20, 09-20");
        assertThat(schema.schema().text(Statusrapportering.TERTIAL)).isEqualTo("01-20, 05-20, 09-20");
        navigate("statusrapporter", StatusrapportschemaView.class);
        assertThat(falt("Varje tertial").getValue()).isEqualTo("01-20, 05-20, 09-20");
    }

    @Test
    void a_date_that_does_not_exist_is_refused_at_its_field_and_nothing_is_saved() {
        test(falt("Varje kvartal")).setValue("03-15, 06-31");
        test($(Button.class).withText("Spara datumen").single()).click();

        var kvartal = falt("Varje kvartal");
        assertThat(kvartal.isInvalid()).isTrue();
        assertThat(kvartal.getErrorMessage()).isEqualTo("06-31 är inte ett datum som finns.");
        assertThat(falt("Två gånger per år").isInvalid()).isFalse();
        assertThat(schema.schema().text(Statusrapportering.KVARTAL)).isEqualTo("03-15, 06-15, 09-15, 12-15");
    }

    @Test
    void a_cadence_left_empty_is_refused_at_its_field() {
        test(falt("Två gånger per år")).setValue("");
        test($(Button.class).withText("Spara datumen").single()).click();

        assertThat(falt("Två gånger per år").getErrorMessage()).isEqualTo("Ange minst ett datum.");
        test(falt("Två gånger per år")).setValue("15/4");
        test($(Button.class).withText("Spara datumen").single()).click();
        assertThat(falt("Två gånger per år").getErrorMessage())
                .isEqualTo("”15/4” är inte ett datum skrivet som MM-DD, till exempel 04-15.");
    }

    private TextField falt(String etikett) {
        return $(TextField.class).withLabel(etikett).single();
    }
}
