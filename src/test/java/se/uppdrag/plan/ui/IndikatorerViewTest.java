package se.uppdrag.plan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import se.uppdrag.IntegrationTest;
import se.uppdrag.TestFolk;
import se.uppdrag.plan.IndikatorService;
import se.uppdrag.plan.MalRef;
import se.uppdrag.plan.Plan;
import se.uppdrag.plan.PlanService;
import se.uppdrag.plan.PlanUtkast;
import se.uppdrag.plan.PlanUtkast.MalomradeUtkast;
import se.uppdrag.security.Roller;

/** The administrator adds an indicator to a mål and records a year's target and outcome; a wrong number is said at its field. */
@IntegrationTest
@ViewPackages(packages = "se.uppdrag")
class IndikatorerViewTest extends SpringBrowserlessTest {

    @Autowired
    ApplicationContext beans;
    @Autowired
    PlanService planer;
    @Autowired
    IndikatorService indikatorer;

    TestFolk folk;
    Plan plan;

    @BeforeEach
    void somAdministrator() {
        folk = TestFolk.nytt(beans);
        folk.loggaIn(TestFolk.ADMINISTRATOR);
        UI.getCurrent().setLocale(Locale.of("sv", "SE"));
        plan = planer.spara(new PlanUtkast(null, "Plan för indikatorer " + folk.anvandarnamn(TestFolk.ADMINISTRATOR), 2026, 2026,
                LocalDate.of(2025, 11, 20), "Regionstyrelsen", List.of(
                        new MalomradeUtkast(null, "God och nära vård", List.of("Fler ska få vård i hemmet")))), null);
    }

    @AfterEach
    void ut() {
        TestFolk.loggaUt();
    }

    @SuppressWarnings("unchecked")
    private <T> ComboBox<T> combo(String etikett) {
        return $(ComboBox.class).withLabel(etikett).single();
    }

    private TextField falt(String etikett) {
        return $(TextField.class).withLabel(etikett).single();
    }

    private void klicka(String text) {
        test($(Button.class).withText(text).single()).click();
    }

    @Test
    void the_view_is_the_administrators_only() {
        assertThat(IndikatorerView.class.getAnnotation(RolesAllowed.class).value()).containsExactly(Roller.ADMINISTRATOR);
    }

    @Test
    void an_indicator_is_added_to_a_mal_and_its_years_values_show_with_status_and_trend() {
        navigate(IndikatorerView.class);
        this.<Plan>combo("Plan").setValue(plan);
        klicka("Spara indikatorn");
        assertThat(this.<MalRef>combo("Mål").isInvalid()).isTrue();
        assertThat(this.<MalRef>combo("Mål").getErrorMessage()).isEqualTo("Välj det mål som indikatorn följer.");

        var malet = this.<MalRef>combo("Mål");
        malet.setValue(indikatorer.malen(plan.id()).getFirst());
        test(falt("Indikatorns namn")).setValue("Andel i hemsjukvård");
        test(falt("Enhet")).setValue("procent");
        klicka("Spara indikatorn");
        assertThat(indikatorer.indikatorer(plan.id())).singleElement().satisfies(i -> assertThat(i.enhet()).isEqualTo("procent"));

        var ar = $(IntegerField.class).withLabel("År").single();
        test(ar).setValue(2025);
        test(falt("Utfall för året")).setValue("12,5");
        klicka("Spara årets värden");
        test(ar).setValue(2026);
        test(falt("Målvärde för året")).setValue("15");
        test(falt("Utfall för året")).setValue("fjorton");
        klicka("Spara årets värden");
        assertThat(falt("Utfall för året").isInvalid()).isTrue();
        assertThat(falt("Utfall för året").getErrorMessage()).isEqualTo("Skriv ett tal, t.ex. 1 234,5 eller 12.");
        assertThat(falt("Målvärde för året").getValue()).as("what was typed stays").isEqualTo("15");

        test(falt("Utfall för året")).setValue("14");
        klicka("Spara årets värden");
        test($(IntegerField.class).withLabel("Visa år").single()).setValue(2026);
        var lista = test((Grid<?>) $(Grid.class).single());
        assertThat(List.of(lista.getCellText(0, 2), lista.getCellText(0, 3), lista.getCellText(0, 4), lista.getCellText(0, 5),
                lista.getCellText(0, 6))).containsExactly("12,5", "15", "14", "Delvis uppfyllt", "Positiv");
    }
}
