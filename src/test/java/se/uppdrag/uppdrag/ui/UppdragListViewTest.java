package se.uppdrag.uppdrag.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.uppdrag.TestFolk;
import se.uppdrag.uppdrag.UppdragRad;
import se.uppdrag.uppdrag.UppdragStatus;

class UppdragListViewTest extends ViewTestBase {

    @SuppressWarnings("unchecked")
    private Grid<UppdragRad> grid() {
        return $(Grid.class).single();
    }

    private void sok(String text) {
        test($(TextField.class).withLabel("Sök").single()).setValue(text);
    }

    @Test
    void a_participant_finds_the_uppdrag_by_its_title() {
        var sparat = sparaFullstandigt();
        folk.loggaIn(TestFolk.MEDLEM);
        navigate(UppdragListView.class);
        sok(sparat.titel());
        assertThat(test(grid()).size()).isEqualTo(1);
        assertThat(test(grid()).getRow(0).titel()).isEqualTo(sparat.titel());
        assertThat($(Span.class).withId("antal-uppdrag").single().getText()).isEqualTo("1 uppdrag");
    }

    @Test
    void the_status_filter_narrows_the_list() {
        var sparat = sparaFullstandigt();
        navigate(UppdragListView.class);
        sok(sparat.titel());
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<UppdragStatus> status = $(MultiSelectComboBox.class).withLabel("Status").single();
        status.setValue(Set.of(UppdragStatus.PAGAENDE));
        assertThat(test(grid()).size()).isZero();
        status.setValue(Set.of(UppdragStatus.UTKAST));
        assertThat(test(grid()).size()).isEqualTo(1);
        assertThat(test(grid()).getCellText(0, 2)).isEqualTo("Utkast");
    }

    @Test
    void someone_outside_the_uppdrag_does_not_see_it_in_the_list() {
        var sparat = sparaFullstandigt();
        folk.loggaIn(TestFolk.UTOMSTAENDE);
        navigate(UppdragListView.class);
        sok(sparat.titel());
        assertThat(test(grid()).size()).isZero();
        assertThat($(Span.class).withId("antal-uppdrag").single().getText()).isEqualTo("0 uppdrag");
    }

    @Test
    void only_handlaggare_are_offered_a_new_uppdrag() {
        folk.loggaIn(TestFolk.AGARE);
        navigate(UppdragListView.class);
        assertThat($(Button.class).withText("Nytt uppdrag").exists()).isTrue();
        folk.loggaIn(TestFolk.MEDLEM);
        navigate(UppdragListView.class);
        assertThat($(Button.class).withText("Nytt uppdrag").exists()).isFalse();
    }
}
