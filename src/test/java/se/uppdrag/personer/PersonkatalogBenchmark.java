package se.uppdrag.personer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import se.uppdrag.IntegrationTest;
import se.uppdrag.Matning;
import se.uppdrag.TestFolk;

/**
 * Prints how fast the administrator's people list (first page of 50 and the count, as the lazy grid asks) and a
 * search answer with 20 000 people in the directory, as a ratio to the same with 200 people, measured in the same run.
 * A benchmark, not a test: it asserts nothing about time and runs only with {@code ./mvnw verify -Pbenchmark}.
 */
@Tag("benchmark")
@IntegrationTest
class PersonkatalogBenchmark {

    @Autowired
    ApplicationContext beans;
    @Autowired
    KatalogService katalog;
    @Autowired
    PersonService personer;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void ut() {
        TestFolk.loggaUt();
    }

    @Test
    void the_people_list_with_200_and_with_20_000_people() {
        var folk = TestFolk.nytt(beans);
        var markering = "bench" + folk.anvandarnamn("p").replace("-", "");
        var enhet = jdbc.queryForObject("select min(id) from enhet", Long.class);
        folk.loggaIn(TestFolk.ADMINISTRATOR);
        var fore = Math.max(0, 200 - katalog.rakna("", true));
        seed(markering, 0, (int) fore, enhet);
        var sma = mat("200", markering);
        seed(markering, (int) fore, 20_000 - (int) katalog.rakna("", true), enhet);
        System.out.printf("BENCHMARK directory now holds %,d people%n", katalog.rakna("", true));
        var stora = mat("20 000", markering);
        stora.forEach((vad, tid) -> System.out.printf("BENCHMARK ratio 20 000 / 200, %-40s %6.1f×%n", vad, tid / sma.get(vad)));
    }

    private Map<String, Double> mat(String antal, String markering) {
        var tider = new LinkedHashMap<String, Double>();
        tider.put("grid first page of 50 + count", Matning.mat(antal + " people: grid first page of 50 + count", () ->
                katalog.lista("", false, PageRequest.of(0, 50)).size() + katalog.rakna("", false)));
        tider.put("grid search + count", Matning.mat(antal + " people: grid search on a name + count", () ->
                katalog.lista(markering + " 00123", false, PageRequest.of(0, 50)).size() + katalog.rakna(markering + " 00123", false)));
        tider.put("picker search, active today", Matning.mat(antal + " people: picker search (active today)", () ->
                personer.sok("efternamn" + markering, PageRequest.of(0, 50)).size()));
        return tider;
    }

    private void seed(String markering, int fran, int antal, Long enhet) {
        var rader = new ArrayList<Object[]>();
        for (int i = fran; i < fran + antal; i++) {
            var nr = String.format("%05d", i);
            rader.add(new Object[] {"Förnamn Efternamn" + markering + " " + nr, i % 3 == 0 ? "controller" : "handläggare",
                    "Enhet " + (i % 40), "person" + nr + "." + markering + "@regionexempel.se", markering + "-" + nr,
                    i % 50 == 0 ? Boolean.FALSE : Boolean.TRUE, i % 2 == 0 ? enhet : null});
            if (rader.size() == 2000) {
                skriv(rader);
            }
        }
        skriv(rader);
    }

    private void skriv(List<Object[]> rader) {
        if (!rader.isEmpty()) {
            jdbc.batchUpdate("insert into person (namn, titel, enhet, epost, anstallnings_id, aktiv, enhet_id) values (?, ?, ?, ?, ?, ?, ?)",
                    List.copyOf(rader));
        }
        rader.clear();
    }
}
