package se.uppdrag.reporting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import se.uppdrag.reporting.Ekonomisammanstallning;
import se.uppdrag.reporting.Rapportperiod;
import se.uppdrag.reporting.Rapporttexter;
import se.uppdrag.reporting.Uppfoljningsrapport;
import se.uppdrag.reporting.Uppfoljningsrapport.Lage;
import se.uppdrag.reporting.Uppfoljningsrapport.Placering;
import se.uppdrag.reporting.Uppfoljningsrapport.Rad;
import se.uppdrag.uppdrag.Statusrapport;
import se.uppdrag.uppdrag.UppdragId;

/** The report on screen, drawn from its document: a part per målområde with its picture as SVG and its linked table. */
class RapportInnehallTest {

    private static final Rapporttexter T = Rapporttexter.pa(Locale.of("sv", "SE"));
    private static final Placering VARD = new Placering("Verksamhetsplan 2026", "God och nära vård", "1", 0);
    private static final Placering EKONOMI = new Placering("Verksamhetsplan 2026", "Ekonomi i balans", "2", 1);

    private static Rad rad(long id, String titel, Placering placering, Statusrapport.Ljus ljus) {
        return new Rad(new UppdragId(id), null, titel, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 12, 31), false, "CIFU",
                Lage.PAGAENDE, ljus, Statusrapport.Trend.POSITIV, LocalDate.of(2026, 9, 1), null, "", placering, List.of());
    }

    private static Uppfoljningsrapport rapport() {
        return new Uppfoljningsrapport(new Rapportperiod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)), null,
                LocalDate.of(2026, 11, 1), new Uppfoljningsrapport.Antal(2, 2, 0, 0, 0, 0),
                List.of(rad(1, "Hemsjukvård", VARD, Statusrapport.Ljus.GRON), rad(2, "Budgetarbete", EKONOMI, Statusrapport.Ljus.ROD)),
                List.of(), List.of(), List.of(), Ekonomisammanstallning.TOM, List.of());
    }

    private static Stream<Component> alla(Component c) {
        return Stream.concat(Stream.of(c), c.getChildren().flatMap(RapportInnehallTest::alla));
    }

    @Test
    void with_plans_each_malomrade_is_a_part_under_an_h2_with_h3_sub_sections_a_picture_and_its_linked_status_table() {
        var innehall = new RapportInnehall(T);
        innehall.visa(rapport());

        assertThat(alla(innehall).filter(H2.class::isInstance).map(h -> ((H2) h).getText())).containsSubsequence("Antal uppdrag",
                "Försenad återredovisning", "Verksamhetsplan 2026 – God och nära vård", "Verksamhetsplan 2026 – Ekonomi i balans");
        assertThat(alla(innehall).filter(H3.class::isInstance).map(h -> ((H3) h).getText()))
                .containsExactly("Status", "Uppdrag och status", "Status", "Uppdrag och status");
        var bilder = alla(innehall).filter(Svg.class::isInstance).map(s -> s.getElement().getProperty("innerHTML")).toList();
        assertThat(bilder).hasSize(2).allSatisfy(svg -> assertThat(svg).contains("role=\"img\"", "aria-label=\"Stapel över status"));
        assertThat(bilder.getFirst()).contains("Grön: 1").doesNotContain("Röd: 1");
        var tabell = innehall.tabell("Uppdrag och status – Verksamhetsplan 2026 – Ekonomi i balans");
        assertThat(tabell.getListDataView().getItems().toList()).singleElement().satisfies(r -> {
            assertThat(r.celler().getFirst()).isEqualTo("(2) Budgetarbete");
            assertThat(r.markering().lank()).isEqualTo("uppdrag/2");
            assertThat(r.markering().klass()).isEqualTo("ljus-rod");
        });
        assertThat(alla(innehall).filter(Paragraph.class::isInstance).map(p -> ((Paragraph) p).getText()))
                .contains("Inget uppdrag är försenat.");
    }

    @Test
    void without_plans_there_is_one_status_table_and_no_picture() {
        var utan = rapport();
        utan = new Uppfoljningsrapport(utan.period(), null, utan.per(), utan.antal(), List.of(
                rad(1, "Hemsjukvård", Placering.UTAN_PLAN, Statusrapport.Ljus.GRON)), List.of(), List.of(), List.of(),
                Ekonomisammanstallning.TOM, List.of());
        var innehall = new RapportInnehall(T);
        innehall.visa(utan);

        assertThat(innehall.tabellnamn()).containsExactly("Uppdrag och status");
        assertThat(alla(innehall).filter(Svg.class::isInstance)).isEmpty();
        assertThat(alla(innehall).filter(H3.class::isInstance)).isEmpty();
    }
}
