package se.uppdrag.personer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageRequest;
import se.uppdrag.personer.Person;
import se.uppdrag.personer.Personuppgifter;

class PersonerViewTest extends KatalogViewTestBase {

    @SuppressWarnings("unchecked")
    private Grid<Person> grid() {
        return $(Grid.class).single();
    }

    private void sok(String text) {
        test($(TextField.class).withLabel("Sök person").single()).setValue(text);
    }

    @Test
    void the_list_shows_people_and_the_search_filters_it() {
        katalog.skapa(new Personuppgifter("Anna Ek " + suffix, "controller", null, null, "V1-" + suffix, null, null));
        katalog.skapa(new Personuppgifter("Bo Lind " + suffix, "strateg", null, null, "V2-" + suffix, null, null));
        navigate(PersonerView.class);
        assertThat(test(grid()).size()).isGreaterThanOrEqualTo(2);
        sok(suffix);
        assertThat(test(grid()).size()).isEqualTo(2);
        sok("Lind " + suffix);
        assertThat(test(grid()).size()).isEqualTo(1);
        assertThat(test(grid()).getCellText(0, 0)).isEqualTo("Bo Lind " + suffix);
        assertThat(test(grid()).getCellText(0, 4)).isEqualTo("V2-" + suffix);
        sok("strateg");
        assertThat(test(grid()).size()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void a_bad_email_is_refused_at_the_field_in_swedish_and_nothing_is_saved() {
        navigate(PersonerView.class);
        test($(Button.class).withText("Lägg till person").single()).click();
        test($(TextField.class).withLabel("Namn").single()).setValue("Cia Fel " + suffix);
        var epost = $(TextField.class).withLabel("E-post").single();
        test(epost).setValue("cia.fel@");
        test($(Button.class).withText("Spara").single()).click();
        assertThat(epost.isInvalid()).isTrue();
        assertThat(epost.getErrorMessage()).isEqualTo("Ange en giltig e-postadress, till exempel namn@region.se");
        assertThat($(TextField.class).withLabel("Namn").single().getValue()).as("nothing typed is lost").isEqualTo("Cia Fel " + suffix);
        assertThat(katalog.rakna("Cia Fel " + suffix, true)).isZero();

        test(epost).setValue("cia.fel@regionexempel.se");
        test($(Button.class).withText("Spara").single()).click();
        assertThat(katalog.rakna("Cia Fel " + suffix, true)).isEqualTo(1);
    }

    @Test
    void an_employee_id_someone_else_has_is_refused_at_its_field() {
        katalog.skapa(new Personuppgifter("Dan Forst " + suffix, null, null, null, "V3-" + suffix, null, null));
        navigate(PersonerView.class);
        test($(Button.class).withText("Lägg till person").single()).click();
        test($(TextField.class).withLabel("Namn").single()).setValue("Dan Andra " + suffix);
        var id = $(TextField.class).withLabel("Anställnings- eller HSA-id").single();
        test(id).setValue("V3-" + suffix);
        test($(Button.class).withText("Spara").single()).click();
        assertThat(id.getErrorMessage()).isEqualTo("Anställnings-id V3-" + suffix + " har redan Dan Forst " + suffix);
    }

    @Test
    void deactivating_a_person_leads_to_their_open_tasks_and_hides_them_from_the_list() {
        var eva = katalog.skapa(new Personuppgifter("Eva Slut " + suffix, null, null, null, null, null, null));
        navigate(PersonerView.class);
        sok("Eva Slut " + suffix);
        test(grid()).select(0);
        test($(Button.class).withText("Inaktivera").single()).click();
        assertThat(katalog.hamta(eva.id()).inaktiverad()).isTrue();
        assertThat(getCurrentView().getClass().getSimpleName()).startsWith("PersonensUppgifterView");
        assertThat($(com.vaadin.flow.component.html.H1.class).single().getText()).isEqualTo("Öppna uppgifter för " + eva.namn());
        navigate(PersonerView.class);
        sok("Eva Slut " + suffix);
        assertThat(test(grid()).size()).isZero();
        test($(Checkbox.class).withLabel("Visa inaktiverade").single()).click();
        assertThat(test(grid()).size()).isEqualTo(1);
        assertThat(test(grid()).getCellText(0, 5)).isEqualTo("Inaktiverad");
        assertThat(katalog.lista("Eva Slut " + suffix, true, PageRequest.of(0, 5))).hasSize(1);
    }

    @Test
    void the_directory_views_are_for_administrators_only() {
        folk.loggaIn(se.uppdrag.TestFolk.AGARE);
        navigate("personer", se.uppdrag.ui.SidanSaknasView.class);
        navigate("organisation", se.uppdrag.ui.SidanSaknasView.class);
        navigate("personer/import", se.uppdrag.ui.SidanSaknasView.class);
    }
}
