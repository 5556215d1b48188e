package se.uppdrag.uppdrag.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.H1;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Import;
import se.uppdrag.Sqlraknare;
import se.uppdrag.TestFolk;
import com.vaadin.flow.component.Component;

/**
 * What opening a page costs the database: statements and transactions (commits) at the JDBC layer
 * ({@link Sqlraknare}) for the uppdrag's document view and a task's page, opened by their addresses as a user would,
 * warm (the second opening of ten, the median printed). A benchmark, not a test: it runs only with
 * {@code ./mvnw verify -Pbenchmark}.
 */
@Tag("benchmark")
@Import(Sqlraknare.Konfiguration.class)
class SidvisningBenchmark extends ProcessViewTestBase {

    @Test
    void opening_the_document_view_and_a_task_page() {
        var id = faststallt();
        folk.loggaIn(TestFolk.TAGARE);
        mat("the document view of a pågående uppdrag (uppdragstagare)", () -> {
            navigate("uppdrag/" + id.value(), UppdragDokumentView.class);
            assertThat($(H1.class).first().getText()).isNotBlank();
        });
        var slutrapport = uppgift(TestFolk.TAGARE, id, "slutrapport").id();
        mat("a task's page (the final report's form)", () -> navigate("uppgifter/" + slutrapport, Component.class));
        mat("the inbox (Mina uppgifter)", () -> navigate("uppgifter", Component.class));
    }

    private static void mat(String sida, Runnable oppna) {
        oppna.run(); // warm-up
        var antal = new java.util.ArrayList<Sqlraknare.Antal>();
        for (int i = 0; i < 10; i++) {
            var fore = Sqlraknare.nu();
            oppna.run();
            antal.add(Sqlraknare.nu().minus(fore));
        }
        antal.sort(java.util.Comparator.comparingLong(Sqlraknare.Antal::satser));
        var median = antal.get(antal.size() / 2);
        System.out.printf(Locale.ROOT, "BENCHMARK %-58s %4d statements %3d transactions%n", sida, median.satser(),
                median.commits());
        // what one opening reads, the most frequent first
        Sqlraknare.glomSatser();
        oppna.run();
        Sqlraknare.satser().entrySet().stream()
                .sorted(java.util.Map.Entry.<String, Integer>comparingByValue().reversed()).limit(12)
                .forEach(sats -> System.out.printf(Locale.ROOT, "BENCHMARK     %3d x %s%n", sats.getValue(),
                        kort(sats.getKey())));
    }

    private static String kort(String sats) {
        var enRad = sats.replaceAll("\\s+", " ");
        return enRad.substring(0, Math.min(140, enRad.length()));
    }
}
