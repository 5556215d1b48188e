package se.uppdrag.uppdrag.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import se.uppdrag.uppdrag.Tidsperiod;

/**
 * V25 on a database that V24 left with tidplan rows: the yes/no for months becomes the period's form (true: MANAD,
 * false: DATUM) and is dropped, and each row reads back as the period it was. On an embedded H2 database of its own,
 * or with -Pmariadb on a fresh database of the test server, dropped afterwards.
 */
class PeriodformensMigreringTest {

    private final Databas databas = Databas.ny();

    @AfterEach
    void stada() throws SQLException {
        databas.close();
    }

    @Test
    void a_stored_month_period_reads_back_as_a_month_period_and_a_date_period_as_dates() throws SQLException {
        flyway("24").migrate();
        try (var anslutning = databas.anslutning(); var sats = anslutning.createStatement()) {
            sats.executeUpdate("INSERT INTO person (namn) VALUES ('Maria Berg')");
            var person = langt(anslutning, "SELECT id FROM person WHERE namn = 'Maria Berg'");
            sats.executeUpdate("INSERT INTO uppdrag (version, status, organisation, datum, titel, agare_id, skapad, andrad, andrad_av) "
                    + "VALUES (0, 'PAGAENDE', 'Region Exempel', DATE '2025-05-02', 'Ett uppdrag före V25', " + person
                    + ", TIMESTAMP '2025-05-02 08:00:00', TIMESTAMP '2025-05-02 08:00:00', 'maria')");
            var uppdrag = langt(anslutning, "SELECT id FROM uppdrag WHERE titel = 'Ett uppdrag före V25'");
            sats.executeUpdate("INSERT INTO uppdrag_aktivitet (uppdrag_id, ordning, namn, startdatum, slutdatum, manadsperiod, ansvarig_id) "
                    + "VALUES (" + uppdrag + ", 0, 'Nulägesanalys', DATE '2025-06-01', DATE '2025-08-31', TRUE, " + person + "), ("
                    + uppdrag + ", 1, 'Förankring', DATE '2025-09-01', DATE '2025-10-15', FALSE, NULL)");
        }

        var resultat = flyway(null).migrate();

        assertThat(resultat.migrationsExecuted).isPositive();
        try (var anslutning = databas.anslutning(); var sats = anslutning.createStatement();
                var rader = sats.executeQuery("SELECT namn, startdatum, slutdatum, periodform, ansvarig_text FROM uppdrag_aktivitet ORDER BY ordning")) {
            var perioder = new ArrayList<String>();
            while (rader.next()) {
                var period = new Tidsperiod(rader.getObject("startdatum", LocalDate.class), rader.getObject("slutdatum", LocalDate.class),
                        Tidsperiod.Form.valueOf(rader.getString("periodform")));
                assertThat(rader.getString("ansvarig_text")).isNull();
                perioder.add(rader.getString("namn") + ": " + period.form() + " " + period.visning());
            }
            assertThat(perioder).containsExactly("Nulägesanalys: MANAD Juni – aug 2025", "Förankring: DATUM 2025-09-01 – 2025-10-15");
            assertThat(kolumner(anslutning, "uppdrag_aktivitet")).contains("periodform", "ansvarig_text").doesNotContain("manadsperiod");
            assertThat(kolumner(anslutning, "uppdrag")).contains("ansvarig_i_uppfoljning");
        }
    }

    private Flyway flyway(String version) {
        var konfiguration = Flyway.configure().dataSource(databas.url(), databas.anvandare(), databas.losenord())
                .locations("classpath:db/migration", "classpath:db/vendor/" + (databas.mariadb() ? "mariadb" : "h2"))
                .placeholders(databas.mariadb()
                        ? Map.of("tableOptions", "ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci",
                                "datetime", "DATETIME(6)", "clob", "LONGTEXT", "blob", "LONGBLOB")
                        : Map.of("tableOptions", "", "datetime", "TIMESTAMP(6)", "clob", "CLOB", "blob", "BLOB"));
        return (version == null ? konfiguration : konfiguration.target(version)).load();
    }

    private static long langt(Connection anslutning, String fraga) throws SQLException {
        try (var sats = anslutning.createStatement(); var rad = sats.executeQuery(fraga)) {
            assertThat(rad.next()).isTrue();
            return rad.getLong(1);
        }
    }

    private static List<String> kolumner(Connection anslutning, String tabell) throws SQLException {
        var namn = new ArrayList<String>();
        var meta = anslutning.getMetaData();
        for (var variant : List.of(tabell, tabell.toUpperCase(Locale.ROOT))) {
            try (var rader = meta.getColumns(anslutning.getCatalog(), null, variant, null)) {
                while (rader.next()) {
                    namn.add(rader.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                }
            }
        }
        return namn;
    }

    /** An empty database: H2 in memory, or with -Pmariadb a fresh one on the test server. */
    private record Databas(String url, String anvandare, String losenord, String server, String namn) implements AutoCloseable {

        static Databas ny() {
            var testUrl = System.getProperty("TEST_DB_URL", "");
            if (!System.getProperty("spring.profiles.active", "").contains("mariadb") || !testUrl.startsWith("jdbc:mariadb://")) {
                return new Databas("jdbc:h2:mem:v25-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "", "", "");
            }
            var server = testUrl.replaceFirst("^(jdbc:mariadb://[^/]+/).*$", "$1");
            var namn = "uppdrag_v25_" + Long.toString(System.nanoTime(), 36);
            var anvandare = System.getProperty("TEST_DB_USER", "root");
            var losenord = System.getProperty("TEST_DB_PASSWORD", "");
            try (var anslutning = DriverManager.getConnection(server, anvandare, losenord); var sats = anslutning.createStatement()) {
                sats.execute("CREATE DATABASE " + namn + " CHARACTER SET utf8mb4 COLLATE utf8mb4_swedish_ci");
            } catch (SQLException fel) {
                throw new IllegalStateException(fel);
            }
            return new Databas(server + namn, anvandare, losenord, server, namn);
        }

        boolean mariadb() {
            return !namn.isEmpty();
        }

        Connection anslutning() throws SQLException {
            return DriverManager.getConnection(url, anvandare, losenord);
        }

        @Override
        public void close() throws SQLException {
            if (mariadb()) {
                try (var anslutning = DriverManager.getConnection(server, anvandare, losenord); var sats = anslutning.createStatement()) {
                    sats.execute("DROP DATABASE IF EXISTS " + namn);
                }
            } else {
                try (var anslutning = anslutning(); var sats = anslutning.createStatement()) {
                    sats.execute("SHUTDOWN");
                }
            }
        }
    }
}
