package se.uppdrag.uppdrag;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import se.uppdrag.TestFolk;

/**
 * Prints how fast the uppdrag list answers with 100 000 uppdrag in the database. A benchmark, not a test:
 * it asserts nothing about time and runs only with {@code ./mvnw verify -Pbenchmark} (add -Pmariadb for MariaDB).
 */
@Tag("benchmark")
class UppdragListaBenchmark extends UppdragTestBase {

    private static final int ANTAL = 100_000;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_list_of_100_000_uppdrag() {
        var markering = "benchmark-" + folk.anvandarnamn("b");
        var agare = folk.person(TestFolk.AGARE).id().value();
        var medlem = folk.person(TestFolk.MEDLEM).id().value();
        var startSeed = System.nanoTime();
        seed(markering, agare);
        // the member takes part in every 1000th uppdrag only: the hard case for the participant filter
        jdbc.update("insert into uppdrag_deltagare (uppdrag_id, person_id) select id, ? from uppdrag where andrad_av = ? and mod(id, 1000) = 0",
                medlem, markering);
        System.out.printf("BENCHMARK seeded %,d uppdrag in %,d ms%n", ANTAL, (System.nanoTime() - startSeed) / 1_000_000);

        folk.loggaIn(TestFolk.REGISTRATOR);
        var alla = UppdragFilter.alla();
        mat("registrator, first page of 50, latest changed first", () -> lista.lista(alla, PageRequest.of(0, 50)));
        mat("registrator, page 1000 of 50, sorted by title", () -> lista.lista(alla, PageRequest.of(1000, 50, Sort.by("titel"))));
        mat("registrator, search on title text", () -> lista.lista(new UppdragFilter("nummer 4711", Set.of()), PageRequest.of(0, 50)));
        mat("registrator, filter on status UTKAST", () -> lista.lista(new UppdragFilter("", Set.of(UppdragStatus.UTKAST)), PageRequest.of(0, 50)));
        mat("registrator, count all", () -> lista.rakna(alla));
        folk.loggaIn(TestFolk.AGARE);
        mat("owner of all, first page of 50", () -> lista.lista(alla, PageRequest.of(0, 50)));
        folk.loggaIn(TestFolk.MEDLEM);
        mat("member of 100, first page of 50", () -> lista.lista(alla, PageRequest.of(0, 50)));
        mat("member of 100, count", () -> lista.rakna(alla));
    }

    private void seed(String markering, long agare) {
        var nu = Timestamp.from(Instant.now());
        var status = UppdragStatus.values();
        var rader = new ArrayList<Object[]>();
        for (int i = 0; i < ANTAL; i++) {
            rader.add(new Object[] {0, status[i % status.length].name(), "Region Exempel", Date.valueOf(LocalDate.of(2020, 1, 1).plusDays(i % 2500)),
                    "Uppdrag nummer " + i + " om vårdens utveckling", agare, new Timestamp(nu.getTime() - i * 1000L), markering});
            if (rader.size() == 5000) {
                skriv(rader);
            }
        }
        skriv(rader);
        jdbc.update("insert into uppdrag_deltagare (uppdrag_id, person_id) select id, agare_id from uppdrag where andrad_av = ?", markering);
    }

    private void skriv(List<Object[]> rader) {
        jdbc.batchUpdate("insert into uppdrag (version, status, organisation, datum, titel, agare_id, skapad, andrad, andrad_av)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?)", rader.stream().map(r -> new Object[] {r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[6], r[7]}).toList());
        rader.clear();
    }

    private static void mat(String vad, Supplier<?> fraga) {
        se.uppdrag.Matning.mat(vad, fraga);
    }
}
