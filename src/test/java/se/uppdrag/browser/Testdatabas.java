package se.uppdrag.browser;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;

/**
 * An installation's own empty database, dropped afterwards: a fresh MariaDB database on the test server when the build
 * runs with -Pmariadb, else an H2 file in the given folder (which only one process can open).
 */
record Testdatabas(String url, String anvandare, String losenord, List<String> argument, String server, String namn)
        implements AutoCloseable {

    static boolean arMariadb() {
        return System.getProperty("uppdrag.test.profiles", "").contains("mariadb")
                && System.getProperty("uppdrag.test.db.url", "").startsWith("jdbc:mariadb://");
    }

    static Testdatabas ny(Path katalog) throws SQLException {
        if (arMariadb()) {
            var server = System.getProperty("uppdrag.test.db.url").replaceFirst("^(jdbc:mariadb://[^/]+/).*$", "$1");
            var namn = "uppdrag_ny_" + Long.toString(System.nanoTime(), 36);
            var anvandare = System.getProperty("uppdrag.test.db.user", "root");
            var losenord = System.getProperty("uppdrag.test.db.password", "");
            try (var anslutning = DriverManager.getConnection(server, anvandare, losenord);
                    var sats = anslutning.createStatement()) {
                sats.execute("CREATE DATABASE " + namn + " CHARACTER SET utf8mb4 COLLATE utf8mb4_swedish_ci");
            }
            return new Testdatabas(server + namn, anvandare, losenord, List.of(), server, namn);
        }
        // H2 takes the placeholders of the embedded default instead of the production profile's MariaDB ones
        return new Testdatabas("jdbc:h2:file:" + katalog.resolve("data/uppdrag").toAbsolutePath(), "sa", "sa",
                List.of("--spring.flyway.placeholders.tableOptions=", "--spring.flyway.placeholders.datetime=TIMESTAMP(6)",
                        "--spring.flyway.placeholders.clob=CLOB", "--spring.flyway.placeholders.blob=BLOB"), "", "");
    }

    Connection anslutning() throws SQLException {
        return DriverManager.getConnection(url, anvandare, losenord);
    }

    @Override
    public void close() throws SQLException {
        if (namn.isEmpty()) {
            return;
        }
        try (var anslutning = DriverManager.getConnection(server, anvandare, losenord);
                var sats = anslutning.createStatement()) {
            sats.execute("DROP DATABASE IF EXISTS " + namn);
        }
    }
}
