package se.uppdrag.workflow.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.uppdrag.TestFolk;
import se.uppdrag.workflow.SparatFilter;
import se.uppdrag.workflow.Uppgift;

class MinaUppgifterViewTest extends InkorgTestBase {

    private UppgiftGrid mina() {
        return $(UppgiftGrid.class).first();
    }

    @Test
    void the_owner_finds_the_new_draft_among_their_tasks_with_the_uppdrag_it_concerns() {
        var id = nyttUtkast();
        var titel = uppdrag.hamta(id).titel();
        navigate(MinaUppgifterView.class);
        test($(TextField.class).withLabel("Sök").single()).setValue(titel.substring(0, 30));
        assertThat(test(mina()).size()).isEqualTo(1);
        assertThat(test(mina()).getRow(0).namn()).isEqualTo("Bearbeta utkastet");
        assertThat(test(mina()).getCellText(0, 1)).isEqualTo(titel);
    }

    @Test
    void an_activity_task_in_the_list_names_the_activity_in_the_users_language() {
        var id = nyttUtkast();
        var utkast = uppgift(TestFolk.AGARE, id, "utkast");
        beans.getBean(se.uppdrag.uppdrag.BeslutService.class).skickaForBeslut(utkast.id());
        var beslut = uppgift(TestFolk.BESLUTSFATTARE, id, "beslutsuppgift");
        beans.getBean(se.uppdrag.uppdrag.BeslutService.class).besluta(beslut.id(), se.uppdrag.uppdrag.Beslut.FASTSTALL, null);
        folk.loggaIn(TestFolk.MEDLEM);
        com.vaadin.flow.component.UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
        navigate(MinaUppgifterView.class);
        test($(TextField.class).withLabel("Search").single()).setValue(uppdrag.hamta(id).titel().substring(0, 30));

        @SuppressWarnings("unchecked")
        var namn = ((com.vaadin.flow.data.renderer.LitRenderer<Uppgift>) mina().getColumns().getFirst().getRenderer())
                .getValueProviders().get("namn");
        assertThat(test(mina()).size()).isEqualTo(1);
        assertThat(namn.apply(test(mina()).getRow(0))).isEqualTo("Carry out the activity Nulägesanalys");
    }

    @Test
    void overdue_tasks_are_marked_and_can_be_shown_alone() {
        var id = nyttUtkast();
        var titel = uppdrag.hamta(id).titel();
        var utkast = uppgift(TestFolk.AGARE, id, "utkast");
        remiss.skickaPaRemiss(utkast.id(), java.util.List.of(folk.person(TestFolk.MEDLEM).id()), LocalDate.now(klocka).plusDays(3));
        klocka.till(LocalDate.now(klocka).plusDays(5));

        folk.loggaIn(TestFolk.MEDLEM);
        navigate(MinaUppgifterView.class);
        test($(TextField.class).withLabel("Sök").single()).setValue(titel.substring(0, 30));
        test($(Checkbox.class).withLabel("Bara försenade").single()).click();
        assertThat(test(mina()).size()).isEqualTo(1);
        Uppgift rad = test(mina()).getRow(0);
        assertThat(rad.forsenad()).isTrue();
        assertThat(test(mina()).getCellText(0, 2)).contains("Försenad");
    }

    @Test
    void a_filter_is_saved_under_a_name_and_brought_back() {
        folk.loggaIn(TestFolk.AGARE);
        navigate(MinaUppgifterView.class);
        test($(TextField.class).withLabel("Sök").single()).setValue("vårdplatser");
        test($(Checkbox.class).withLabel("Bara försenade").single()).click();
        test($(TextField.class).withLabel("Spara filtret som").single()).setValue("Sena vårdplatsuppdrag");
        test($(Button.class).withText("Spara filter").single()).click();

        navigate(MinaUppgifterView.class);
        @SuppressWarnings("unchecked")
        Select<SparatFilter> sparade = $(Select.class).withLabel("Sparade filter").single();
        var filtret = sparade.getListDataView().getItems().filter(f -> f.namn().equals("Sena vårdplatsuppdrag")).findFirst().orElseThrow();
        sparade.setValue(filtret);
        assertThat($(TextField.class).withLabel("Sök").single().getValue()).isEqualTo("vårdplatser");
        assertThat($(Checkbox.class).withLabel("Bara försenade").single().getValue()).isTrue();
    }

    @Test
    void a_filter_without_a_name_is_not_saved_and_says_why() {
        folk.loggaIn(TestFolk.AGARE);
        navigate(MinaUppgifterView.class);
        test($(Button.class).withText("Spara filter").single()).click();
        var namn = $(TextField.class).withLabel("Spara filtret som").single();
        assertThat(namn.isInvalid()).isTrue();
        assertThat(namn.getErrorMessage()).isEqualTo("Ge filtret ett namn på högst 100 tecken");
    }
}
