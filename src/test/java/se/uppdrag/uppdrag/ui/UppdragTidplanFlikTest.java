package se.uppdrag.uppdrag.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.tabs.TabSheet;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.uppdrag.TestFolk;
import se.uppdrag.uppdrag.GenomforandeService;
import se.uppdrag.uppdrag.UppdragId;
import se.uppdrag.uppdrag.tidplan.ui.TidplanFlik;

/** The Tidplan tab of the document view: the timeline with today, late and done activities, and the same as a table. */
class UppdragTidplanFlikTest extends ProcessViewTestBase {

    @Autowired
    GenomforandeService genomforande;

    @Test
    void the_timeline_marks_today_and_the_final_delivery_and_points_out_a_late_activity_in_words() {
        klocka.till(LocalDate.of(2026, 5, 4));
        var id = faststallt(); // Nulägesanalys juni–aug 2026 (Märta), Förankring 2026-09-01 – 10-15, slutleverans 2027-02-04
        klocka.till(LocalDate.of(2026, 9, 2));
        var flik = oppna(TestFolk.MEDLEM, id);

        assertThat(svg(flik)).contains("role=\"img\"", "<title id=\"tidplan-" + id.value() + "-titel\">Tidplan för ")
                .contains("<g class=\"idag\">", ">Idag 2026-09-02</text>", ">Slutleverans 2027-02-04</text>")
                .contains("<g class=\"rad forsenad\">", ">⚠ Försenad</text>", "class=\"sen-rad\"")
                .contains(">Hela uppdraget</text>", ">Nulägesanalys</text>", ">Förankring</text>");
        assertThat($(Paragraph.class).from(flik).withClassName("tidplan-datum").single().getText())
                .isEqualTo("Beslutat: 2026-05-04 · Slutleverans: 2027-02-04 · Återredovisas senast: 2027-02-04 · Idag: 2026-09-02");
        assertThat(rader(flik)).containsExactly(
                List.of("Nulägesanalys", "Juni – aug 2026", folk.person(TestFolk.MEDLEM).namn(), "⚠ Försenad"),
                List.of("Förankring", "2026-09-01 – 2026-10-15", "–", "Pågår"));
        assertThat($(NativeTableRow.class).from(flik).withClassName("forsenad").all()).hasSize(1);
    }

    @Test
    void an_activity_reported_done_is_marked_done_with_its_date_and_is_no_longer_late() {
        klocka.till(LocalDate.of(2026, 5, 4));
        var id = faststallt();
        klocka.till(LocalDate.of(2026, 9, 3));
        genomforande.slutforAktivitet(uppgift(TestFolk.MEDLEM, id, "aktivitet").id(), "Klart, lite sent");
        var flik = oppna(TestFolk.GIVARE, id);

        assertThat(svg(flik)).contains("<g class=\"rad klar\">", ">✓ Klar 2026-09-03</text>").doesNotContain("⚠ Försenad");
        assertThat(rader(flik).getFirst()).containsExactly("Nulägesanalys", "Juni – aug 2026", folk.person(TestFolk.MEDLEM).namn(),
                "✓ Klar 2026-09-03");
    }

    @Test
    void a_draft_shows_its_plan_without_anything_late() {
        klocka.till(LocalDate.of(2026, 11, 2));
        var id = sparaFullstandigt().id();
        var flik = oppna(TestFolk.AGARE, id);
        assertThat(svg(flik)).doesNotContain("⚠").contains(">Perioden har passerat</text>", ">Idag 2026-11-02</text>");
        assertThat($(Paragraph.class).from(flik).withClassName("tidplan-datum").single().getText()).startsWith("Beslutat: – ·");
    }

    private TidplanFlik oppna(String roll, UppdragId id) {
        folk.loggaIn(roll);
        navigate("uppdrag/" + id.value(), UppdragDokumentView.class);
        return visa($(TabSheet.class).single(), "Tidplan", TidplanFlik.class);
    }

    private String svg(TidplanFlik flik) {
        return $(Svg.class).from(flik).single().getElement().getProperty("innerHTML");
    }

    private List<List<String>> rader(TidplanFlik flik) {
        return $(NativeTableRow.class).from(flik).all().stream().filter(r -> !r.getDataCells().isEmpty())
                .map(r -> r.getDataCells().stream().map(NativeTableCell::getText).toList()).toList();
    }
}
