package se.uppdrag.reporting;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.uppdrag.Matning;
import se.uppdrag.TestFolk;
import se.uppdrag.uppdrag.UppdragStatus;
import se.uppdrag.uppdrag.UppdragTestBase;

/**
 * Prints how fast the half-year uppföljningsrapport and the Översikt answer with 100 000 decided uppdrag in 20 units.
 * A benchmark, not a test: it asserts nothing about time; {@code ./mvnw verify -Pbenchmark} (add -Pmariadb for MariaDB).
 */
@Tag("benchmark")
class UppfoljningsrapportBenchmark extends UppdragTestBase {

    private static final int ANTAL = 100_000;
    private static final int ENHETER = 20;
    private static final UppdragStatus[] STATUS = {UppdragStatus.PAGAENDE, UppdragStatus.PAGAENDE, UppdragStatus.PAGAENDE,
            UppdragStatus.PAUSAT, UppdragStatus.SLUTRAPPORT_INLAMNAD, UppdragStatus.AVSLUTAT, UppdragStatus.STRUKET};

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UppfoljningsrapportService rapporter;
    @Autowired
    OversiktService oversikter;

    @Test
    void the_half_year_report_over_100_000_decided_uppdrag() {
        var markering = "rapportbenchmark-" + folk.anvandarnamn("b");
        var agare = folk.person(TestFolk.AGARE).id().value();
        var start = System.nanoTime();
        seed(markering, agare);
        // the owner gives every 100th of them: their Översikt has 1 000
        jdbc.update("insert into uppdrag_uppdragsgivare (uppdrag_id, ordning, person_id) select id, 0, ? from uppdrag"
                + " where andrad_av = ? and mod(id, 100) = 0", folk.person(TestFolk.GIVARE).id().value(), markering);
        System.out.printf("BENCHMARK seeded %,d decided uppdrag in %d units in %,d ms%n", ANTAL, ENHETER,
                (System.nanoTime() - start) / 1_000_000);
        var halvaret = new Rapportperiod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30));

        folk.loggaIn(TestFolk.REGISTRATOR);
        var enhet = markering + " enhet 7";
        System.out.printf("BENCHMARK one unit: %,d rows in the report%n", rapporter.rapport(halvaret, enhet).rader().size());
        Matning.mat("registrator, half-year report of one unit (5 000)", () -> rapporter.rapport(halvaret, enhet));
        Matning.mat("registrator, the same as XLSX", () -> rapporter.xlsx(rapporter.rapport(halvaret, enhet), Rapporttexter.SVENSKA));
        Matning.mat("registrator, the same as PDF", () -> rapporter.pdf(rapporter.rapport(halvaret, enhet), Rapporttexter.SVENSKA));
        Matning.mat("registrator, unit list", () -> rapporter.enheter());
        folk.loggaIn(TestFolk.GIVARE);
        Matning.mat("uppdragsgivare of 1 000, Översikt", () -> oversikter.oversikt());
    }

    private void seed(String markering, long agare) {
        var nu = Timestamp.from(Instant.now());
        var rader = new ArrayList<Object[]>();
        for (int i = 0; i < ANTAL; i++) {
            var beslut = LocalDate.of(2024, 1, 1).plusDays(i % 900);
            rader.add(new Object[] {STATUS[i % STATUS.length].name(), markering + " enhet " + (i % ENHETER),
                    Date.valueOf(beslut), "Uppdrag nummer " + i, agare, new Timestamp(nu.getTime() - i * 1000L), markering,
                    Date.valueOf(beslut), i % 3 == 0 ? null : Date.valueOf(beslut.plusDays(200 + i % 400))});
            if (rader.size() == 5000) {
                skriv(rader);
            }
        }
        skriv(rader);
        jdbc.update("insert into uppdrag_deltagare (uppdrag_id, person_id) select id, agare_id from uppdrag where andrad_av = ?", markering);
    }

    private void skriv(List<Object[]> rader) {
        jdbc.batchUpdate("insert into uppdrag (version, status, organisation, enhet, datum, titel, agare_id, skapad, andrad,"
                + " andrad_av, beslutsdatum, slutleverans) values (0, ?, 'Region Exempel', ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rader.stream().map(r -> new Object[] {r[0], r[1], r[2], r[3], r[4], r[5], r[5], r[6], r[7], r[8]}).toList());
        rader.clear();
    }
}
