package se.uppdrag.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.uppdrag.Postlada;
import se.uppdrag.TestFolk;
import se.uppdrag.personer.Person;
import se.uppdrag.security.AnvandareService;

class InloggningarViewTest extends InloggningViewTestBase {

    @Autowired
    AnvandareService anvandare;

    @SuppressWarnings("unchecked")
    private void valjPerson(Person person) {
        test($(Button.class).withText("Ny inloggning").single()).click();
        ((ComboBox<Person>) $(ComboBox.class).withLabel("Person").single()).setValue(person);
    }

    private TextField anvandarnamn() {
        return $(TextField.class).withLabel("Användarnamn").single();
    }

    @Test
    void an_administrator_gives_a_person_a_login_with_a_suggested_username_and_a_role_and_a_link_is_mailed() {
        folk.loggaIn(TestFolk.ADMINISTRATOR);
        navigate(InloggningarView.class);
        var person = person("Signe", true);
        valjPerson(person);
        assertThat(anvandarnamn().getValue()).isEqualTo("signe." + suffix);
        test($(CheckboxGroup.class).withLabel("Roller").single()).selectItem("Handläggare");
        test($(Button.class).withText("Skapa och skicka länk").single()).click();

        assertThat($(Paragraph.class).withText("Inloggningen signe." + suffix + " är skapad. En länk för att välja lösenord har "
                + "skickats till " + person.epost().value() + ".").all()).hasSize(1);
        test($(TextField.class).withLabel("Sök på användarnamn eller namn").single()).setValue("Signe Vy " + suffix);
        @SuppressWarnings("unchecked")
        Grid<se.uppdrag.security.Inloggning> grid = $(Grid.class).single();
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getCellText(0, 2)).isEqualTo("Handläggare");
        assertThat(test(grid).getCellText(0, 3)).isEqualTo("Aktiv");
        lankTill(person.epost());
        assertThat(Postlada.till(smtp, person.epost().value())).hasSize(1);
    }

    @Test
    void a_person_without_email_is_refused_at_the_person_field_and_nothing_is_lost() {
        folk.loggaIn(TestFolk.ADMINISTRATOR);
        navigate(InloggningarView.class);
        var person = person("Utan", false);
        valjPerson(person);
        anvandarnamn().setValue("utan-" + suffix);
        test($(Button.class).withText("Skapa och skicka länk").single()).click();
        var falt = $(ComboBox.class).withLabel("Person").single();
        assertThat(falt.isInvalid()).isTrue();
        assertThat(falt.getErrorMessage()).isEqualTo(person.namn() + " saknar e-postadress i katalogen och kan därför inte "
                + "få någon länk. Lägg till en e-postadress först.");
        assertThat(anvandarnamn().getValue()).as("what was typed stays").isEqualTo("utan-" + suffix);
    }

    @Test
    void a_bad_username_is_refused_at_the_username_field() {
        folk.loggaIn(TestFolk.ADMINISTRATOR);
        navigate(InloggningarView.class);
        valjPerson(person("Ulla", true));
        anvandarnamn().setValue("Ulla Ö");
        test($(Button.class).withText("Skapa och skicka länk").single()).click();
        assertThat(anvandarnamn().isInvalid()).isTrue();
        assertThat(anvandarnamn().getErrorMessage()).startsWith("Användarnamnet får bara innehålla a–z");
    }

    @Test
    void an_administrator_who_unticks_their_own_administrator_role_is_told_so_at_the_roles() {
        folk.loggaIn(TestFolk.ADMINISTRATOR);
        navigate(InloggningarView.class);
        test($(TextField.class).withLabel("Sök på användarnamn eller namn").single()).setValue(folk.anvandarnamn(TestFolk.ADMINISTRATOR));
        @SuppressWarnings("unchecked")
        Grid<se.uppdrag.security.Inloggning> grid = $(Grid.class).single();
        test((Button) test(grid).getCellComponent(0, 4)).click();
        var roller = $(CheckboxGroup.class).withLabel("Roller").single();
        test(roller).deselectItem("Administratör");
        test($(Button.class).withText("Spara roller").single()).click();
        assertThat(roller.isInvalid()).isTrue();
        assertThat(roller.getErrorMessage()).isEqualTo("Du kan inte ta bort din egen administratörsroll");
    }

    @Test
    void an_administrator_disables_a_login_and_sends_a_reset_link_from_its_dialog() {
        folk.loggaIn(TestFolk.ADMINISTRATOR);
        navigate(InloggningarView.class);
        test($(TextField.class).withLabel("Sök på användarnamn eller namn").single()).setValue(folk.anvandarnamn(TestFolk.MEDLEM));
        @SuppressWarnings("unchecked")
        Grid<se.uppdrag.security.Inloggning> grid = $(Grid.class).single();
        var hantera = (Button) test(grid).getCellComponent(0, 4);
        assertThat(hantera.getAriaLabel()).contains("Hantera inloggningen " + folk.anvandarnamn(TestFolk.MEDLEM));
        test(hantera).click();
        test($(Button.class).withText("Skicka återställningslänk").single()).click();
        assertThat($(Paragraph.class).withText("En återställningslänk har skickats till " + folk.person(TestFolk.MEDLEM).epost().value()
                + ".").all()).hasSize(1);
        test($(Button.class).withText("Inaktivera").single()).click();
        assertThat(test(grid).getCellText(0, 3)).isEqualTo("Inaktiverad");
        assertThat($(Button.class).withText("Aktivera").all()).hasSize(1);
    }

    @Test
    void only_administrators_reach_the_page() {
        folk.loggaIn(TestFolk.REGISTRATOR);
        navigate("inloggningar", com.vaadin.flow.component.Component.class);
        assertThat($(InloggningarView.class).all()).isEmpty();
    }
}
