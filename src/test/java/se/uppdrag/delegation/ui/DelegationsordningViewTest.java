package se.uppdrag.delegation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.BigDecimalField;
import se.uppdrag.delegation.Delegationsregel;
import se.uppdrag.personer.Enhet;
import se.uppdrag.personer.Person;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import se.uppdrag.IntegrationTest;
import se.uppdrag.TestFolk;
import se.uppdrag.personer.OrganisationService;
import se.uppdrag.security.Roller;

/** The administrator's delegationsordning: a rule is added from the form, and what is wrong is said at its field. */
@IntegrationTest
@ViewPackages(packages = "se.uppdrag")
class DelegationsordningViewTest extends SpringBrowserlessTest {

    @Autowired
    ApplicationContext beans;

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

    @SuppressWarnings("unchecked")
    private ComboBox<Person> delegat() {
        return $(ComboBox.class).withLabel("Delegat (får besluta)").single();
    }

    @SuppressWarnings("unchecked")
    private ComboBox<Enhet> enhet() {
        return $(ComboBox.class).withLabel("Enhet (med underliggande enheter)").single();
    }

    private DatePicker datum(String etikett) {
        return $(DatePicker.class).withLabel(etikett).single();
    }

    @SuppressWarnings("unchecked")
    private Grid<Delegationsregel> regler() {
        return $(Grid.class).single();
    }

    @Test
    void the_view_is_the_administrators_only() {
        assertThat(DelegationsordningView.class.getAnnotation(RolesAllowed.class).value()).containsExactly(Roller.ADMINISTRATOR);
    }

    @Test
    void a_rule_without_a_delegat_or_unit_is_refused_at_that_field_and_a_complete_one_is_listed() {
        navigate(DelegationsordningView.class);
        test($(Button.class).withText("Lägg till delegation").single()).click();
        assertThat(delegat().isInvalid()).isTrue();
        assertThat(delegat().getErrorMessage()).isEqualTo("Välj vem som får besluta.");

        delegat().setValue(folk.person(TestFolk.MEDLEM));
        test($(Button.class).withText("Lägg till delegation").single()).click();
        assertThat(delegat().isInvalid()).isFalse();
        assertThat(enhet().isInvalid()).isTrue();
        assertThat(enhet().getErrorMessage()).isEqualTo("Välj den enhet som delegationen gäller.");

        var region = TestFolk.region(beans.getBean(OrganisationService.class));
        enhet().setValue(enhet().getListDataView().getItems().filter(e -> e.id().equals(region.id())).findFirst().orElseThrow());
        $(BigDecimalField.class).withLabel("Beloppsgräns").single().setValue(new BigDecimal("500000"));
        datum("Gäller till och med").setValue(datum("Gäller från").getValue().minusDays(1));
        test($(Button.class).withText("Lägg till delegation").single()).click();
        assertThat(datum("Gäller till och med").getErrorMessage()).isEqualTo("Sista dagen kan inte ligga före första dagen.");

        datum("Gäller till och med").clear();
        test($(Button.class).withText("Lägg till delegation").single()).click();
        var medlem = folk.person(TestFolk.MEDLEM).id();
        assertThat(regler().getListDataView().getItems().filter(r -> r.delegat().id().equals(medlem)))
                .singleElement().satisfies(regel -> {
                    assertThat(regel.enhet().id()).isEqualTo(region.id());
                    assertThat(regel.beloppsgrans()).isEqualByComparingTo("500000");
                    assertThat(regel.giltigTill()).isNull();
                });
    }
}
