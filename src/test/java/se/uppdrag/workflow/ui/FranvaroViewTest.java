package se.uppdrag.workflow.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.uppdrag.TestFolk;
import se.uppdrag.personer.Person;
import se.uppdrag.workflow.Franvaro;

/** The page "Frånvaro": a person registers an absence with a substitute; a refusal is shown at its field. */
class FranvaroViewTest extends InkorgTestBase {

    @Test
    @SuppressWarnings("unchecked")
    void a_period_that_ends_before_it_begins_is_refused_at_the_last_day_and_a_valid_one_is_listed() {
        folk.loggaIn(TestFolk.MEDLEM);
        navigate(FranvaroView.class);
        var idag = LocalDate.now(klocka);
        var fran = $(DatePicker.class).withId("franvaro-fran").single();
        var till = $(DatePicker.class).withId("franvaro-till").single();
        ComboBox<Person> ersattare = $(ComboBox.class).withId("franvaro-ersattare").single();
        assertThat($(ComboBox.class).withLabel("Frånvarande").exists()).as("only an administrator chooses whose absence").isFalse();
        test(fran).setValue(idag);
        test(till).setValue(idag.minusDays(1));
        ersattare.setValue(folk.person(TestFolk.MOTTAGARE));

        test($(Button.class).withText("Registrera frånvaro").single()).click();

        assertThat(till.isInvalid()).isTrue();
        assertThat(till.getErrorMessage()).isEqualTo("Sista dagen kan inte vara före den första.");
        assertThat(ersattare.isInvalid()).isFalse();

        test(till).setValue(idag.plusDays(2));
        test($(Button.class).withText("Registrera frånvaro").single()).click();

        Grid<Franvaro> grid = $(Grid.class).single();
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getRow(0).ersattareNamn()).isEqualTo(folk.person(TestFolk.MOTTAGARE).namn());
        assertThat(till.isInvalid()).isFalse();
        assertThat(till.getValue()).isNull();
    }

    @Test
    void an_administrator_chooses_whose_absence_it_is() {
        folk.loggaIn(TestFolk.ADMINISTRATOR);
        navigate(FranvaroView.class);

        assertThat($(ComboBox.class).withLabel("Frånvarande").single().isVisible()).isTrue();
        assertThat($(Paragraph.class).first().getText()).startsWith("Registrera när du är borta");
    }
}
