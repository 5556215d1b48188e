package se.uppdrag.plan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import se.uppdrag.IntegrationTest;
import se.uppdrag.TestFolk;
import se.uppdrag.plan.Malomrade;
import se.uppdrag.plan.Plan;
import se.uppdrag.plan.PlanService;
import se.uppdrag.security.Roller;

/** The administrator's plans: a plan with its målområden is entered from the form, and what is wrong is said at its field. */
@IntegrationTest
@ViewPackages(packages = "se.uppdrag")
class PlanerViewTest extends SpringBrowserlessTest {

    @Autowired
    ApplicationContext beans;
    @Autowired
    PlanService planer;

    TestFolk folk;

    @BeforeEach
    void somAdministrator() {
        folk = TestFolk.nytt(beans);
        folk.loggaIn(TestFolk.ADMINISTRATOR);
        UI.getCurrent().setLocale(Locale.of("sv", "SE"));
    }

    @AfterEach
    void ut() {
        TestFolk.loggaUt();
    }

    private TextField text(String etikett) {
        return $(TextField.class).withLabel(etikett).first();
    }

    private IntegerField ar(String etikett) {
        return $(IntegerField.class).withLabel(etikett).single();
    }

    private void klicka(String text) {
        test($(Button.class).withText(text).single()).click();
    }

    @Test
    void the_view_is_the_administrators_only() {
        assertThat(PlanerView.class.getAnnotation(RolesAllowed.class).value()).containsExactly(Roller.ADMINISTRATOR);
    }

    @Test
    void a_plan_with_two_malomraden_is_entered_from_the_form_and_listed() {
        var namn = "Verksamhetsplan " + folk.anvandarnamn(TestFolk.ADMINISTRATOR);
        navigate(PlanerView.class);
        test(text("Planens namn")).setValue(namn);
        test(ar("Från år")).setValue(2026);
        test(ar("Till och med år")).setValue(2027);
        test(text("Antagen av (nämnd eller styrelse)")).setValue("Regionstyrelsen");
        test($(TextField.class).withLabel("Målområde").single()).setValue("God och nära vård");
        test($(TextArea.class).withLabel("Mål").single()).setValue("Kortare väntetider\n\nFler besök i hemmet\n");
        klicka("Lägg till målområde");
        test($(TextField.class).withLabel("Målområde").last()).setValue("Ekonomi i balans");
        klicka("Spara planen");

        var plan = planer.planer().stream().filter(p -> p.namn().equals(namn)).findFirst().orElseThrow();
        assertThat(plan.period()).isEqualTo("2026–2027");
        assertThat(plan.antagen()).isNull();
        assertThat(plan.malomraden()).extracting(Malomrade::namn).containsExactly("God och nära vård", "Ekonomi i balans");
        assertThat(plan.malomraden().getFirst().mal()).containsExactly("Kortare väntetider", "Fler besök i hemmet");
        @SuppressWarnings("unchecked")
        Grid<Plan> lista = $(Grid.class).single();
        assertThat(test(lista).size()).isPositive();
        assertThat(lista.getListDataView().getItems()).contains(plan);
    }

    @Test
    void a_plan_of_four_years_is_refused_at_the_year_and_a_malomrade_without_name_below_the_malomraden() {
        navigate(PlanerView.class);
        test(text("Planens namn")).setValue("Lång plan " + folk.anvandarnamn(TestFolk.ADMINISTRATOR));
        test(ar("Från år")).setValue(2026);
        test(ar("Till och med år")).setValue(2029);
        test(text("Antagen av (nämnd eller styrelse)")).setValue("Regionfullmäktige");
        klicka("Spara planen");

        assertThat(ar("Från år").isInvalid()).isTrue();
        assertThat(ar("Från år").getErrorMessage()).isEqualTo("En plan gäller högst 3 år.");

        test(ar("Till och med år")).setValue(2026);
        klicka("Spara planen");

        assertThat($(Paragraph.class).withClassName("plan-fel").single().getText())
                .isEqualTo("Varje målområde behöver ett namn.");
    }
}
