package se.uppdrag.reporting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.uppdrag.TestFolk;
import se.uppdrag.uppdrag.UppdragStatus;

class OversiktViewTest extends RapportvyTestBase {

    @Test
    void an_uppdragsgivare_sees_their_uppdrag_by_status_late_and_due_within_ten_working_days() {
        inlast("Sen återredovisning", LocalDate.of(2026, 7, 10), null, UppdragStatus.PAGAENDE);
        inlast("Snart klar", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 12, 4), UppdragStatus.PAGAENDE);
        inlast("Långt kvar", LocalDate.of(2026, 3, 1), LocalDate.of(2027, 6, 1), UppdragStatus.PAGAENDE);
        inlast("Pausad", LocalDate.of(2026, 8, 1), LocalDate.of(2027, 1, 15), UppdragStatus.PAUSAT);
        utkast("Ett utkast");

        folk.loggaIn(TestFolk.GIVARE);
        var vy = navigate(OversiktView.class);

        assertThat(vy.perStatus().getChildren().map(kort -> kort.getChildren().map(del -> ((Span) del).getText())
                .reduce((a, b) -> a + " " + b).orElseThrow())).containsExactly("1 Utkast", "3 Pågående", "1 Pausat");
        var forsenade = test(vy.forsenade());
        assertThat(forsenade.size()).isEqualTo(1);
        assertThat(forsenade.getRow(0).titel()).isEqualTo("Sen återredovisning");
        assertThat(forsenade.getCellText(0, 1)).isEqualTo("2026-10-08 (90 dagar efter beslut)");
        assertThat(forsenade.getCellText(0, 2)).isEqualTo("46");
        var snart = test(vy.snart());
        assertThat(snart.size()).isEqualTo(1);
        assertThat(snart.getRow(0).titel()).isEqualTo("Snart klar");
        assertThat(snart.getCellText(0, 2)).as("arbetsdagar 24 nov – 4 dec").isEqualTo("9");
        assertThat(test(vy.ljus()).size()).isEqualTo(4);
        assertThat(test(vy.ljus()).getCellText(0, 2)).isEqualTo("Ingen statusrapport");
    }

    @Test
    void someone_without_uppdrag_is_told_so() {
        folk.loggaIn(TestFolk.UTOMSTAENDE);
        var vy = navigate(OversiktView.class);

        assertThat(vy.perStatus().getChildren().map(c -> c.getElement().getText())).containsExactly("Du har inga uppdrag ännu.");
        assertThat(test(vy.forsenade()).size()).isZero();
    }
}
