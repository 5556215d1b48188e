package se.uppdrag.workflow.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import org.junit.jupiter.api.Test;
import se.uppdrag.TestFolk;
import se.uppdrag.personer.KatalogService;
import se.uppdrag.personer.Person;
import se.uppdrag.workflow.Uppgift;

class PersonensUppgifterViewTest extends InkorgTestBase {

    @Test
    void the_administrator_hands_a_deactivated_persons_open_task_to_someone_else() {
        var id = nyttUtkast();
        var utkast = uppgift(TestFolk.AGARE, id, "utkast");
        var agare = folk.person(TestFolk.AGARE);
        folk.loggaIn(TestFolk.ADMINISTRATOR);
        beans.getBean(KatalogService.class).inaktivera(agare.id());

        navigate("uppgifter/person/" + agare.id().value(), PersonensUppgifterView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("Öppna uppgifter för " + agare.namn());
        @SuppressWarnings("unchecked")
        Grid<Uppgift> grid = $(Grid.class).single();
        assertThat(test(grid).size()).isGreaterThanOrEqualTo(1);
        var rad = java.util.stream.IntStream.range(0, test(grid).size()).filter(i -> test(grid).getRow(i).id().equals(utkast.id()))
                .findFirst().orElseThrow();
        test((Button) test(grid).getCellComponent(rad, 3)).click();
        @SuppressWarnings("unchecked")
        ComboBox<Person> person = $(ComboBox.class).withLabel("Person").single();
        person.setValue(folk.person(TestFolk.UTOMSTAENDE));
        test($(Button.class).withText("OK").single()).click();

        assertThat(uppgifter.forPerson(agare.id())).extracting(Uppgift::id).doesNotContain(utkast.id());
        assertThat(uppgifter.forPerson(folk.person(TestFolk.UTOMSTAENDE).id())).extracting(Uppgift::id).contains(utkast.id());
        assertThat(java.util.stream.IntStream.range(0, test(grid).size()).mapToObj(i -> test(grid).getRow(i).id()))
                .doesNotContain(utkast.id());
    }

    @Test
    void only_an_administrator_sees_a_persons_tasks() {
        folk.loggaIn(TestFolk.AGARE);
        navigate("uppgifter/person/" + folk.person(TestFolk.MEDLEM).id().value(), se.uppdrag.ui.SidanSaknasView.class);
    }
}
