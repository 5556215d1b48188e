package se.uppdrag;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;
import skelett.Skelett;

/**
 * Ready time and heap after start of the application against a bare Spring Boot + Vaadin + Flowable + JPA skeleton
 * ({@link Skelett}), each start in a fresh JVM with the same options ({@link Startkorning}). Both restart on a database
 * that exists (the first start of each creates it and is discarded), five times each, alternating; the medians and
 * their ratios are printed and written to {@code target/benchmark/start.json}. A benchmark, not a test: it runs with
 * {@code ./mvnw verify -Pbenchmark,production} (add -Pmariadb for MariaDB), on the production bundle only.
 */
@Tag("benchmark")
class StartBenchmark {

    private static final int VARV = 5;
    private static final String MARIADB_DATABAS_APP = "sb_app";
    private static final String MARIADB_DATABAS_SKELETT = "sb_skel";

    @Test
    void the_application_restarts_about_as_fast_and_as_small_as_the_bare_skeleton() throws Exception {
        var produktionsbygge = Startkorning.produktionsbygge();
        if (!produktionsbygge) {
            System.out.println("BENCHMARK start: SKIPPED, no production bundle (or Vaadin's development tools on the class"
                    + " path); run ./mvnw verify -Pbenchmark,production");
        }
        assumeTrue(produktionsbygge, "the start is measured on the production build only (-Pbenchmark,production)");
        var katalog = Files.createTempDirectory("sb_start");
        var mariadb = System.getProperty("spring.profiles.active", "").contains("mariadb");
        var server = System.getProperty("TEST_DB_URL", "").replaceFirst("^(jdbc:mariadb://[^/]+/).*$", "$1");
        try {
            var var = new Startkorning(Application.class, katalog.resolve("uppdrag"), argumentForApplikationen(mariadb, server));
            var skelett = new Startkorning(Skelett.class, katalog.resolve("skelett"), argumentForSkelettet(mariadb, server));
            if (mariadb) {
                skapa(server, MARIADB_DATABAS_APP);
                skapa(server, MARIADB_DATABAS_SKELETT);
            }
            var.starta(); // warm-up: creates the database, migrates, seeds the demo data
            skelett.starta();
            var vara = new ArrayList<Startkorning.Start>();
            var skelettets = new ArrayList<Startkorning.Start>();
            for (int i = 0; i < VARV; i++) {
                vara.add(var.starta());
                skelettets.add(skelett.starta());
            }
            skriv(mariadb ? "MariaDB" : "H2", vara, skelettets);
        } finally {
            if (mariadb) {
                taBort(server, MARIADB_DATABAS_APP);
                taBort(server, MARIADB_DATABAS_SKELETT);
            }
            FileSystemUtils.deleteRecursively(katalog);
        }
    }

    /** The embedded default as {@code ./mvnw spring-boot:run} starts it (the dev profile), on free ports. */
    private static List<String> argumentForApplikationen(boolean mariadb, String server) {
        var argument = new ArrayList<>(List.of("--spring.profiles.active=dev", "--server.port=0", "--uppdrag.mail.capture.port=0"));
        if (mariadb) {
            argument.addAll(mariadb(server + MARIADB_DATABAS_APP));
            argument.addAll(List.of("--spring.flyway.placeholders.tableOptions=ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci",
                    "--spring.flyway.placeholders.datetime=DATETIME(6)", "--spring.flyway.placeholders.clob=LONGTEXT",
                    "--spring.flyway.placeholders.blob=LONGBLOB"));
        }
        return argument;
    }

    private static List<String> argumentForSkelettet(boolean mariadb, String server) {
        var argument = new ArrayList<>(List.of("--server.port=0"));
        if (mariadb) {
            argument.addAll(mariadb(server + MARIADB_DATABAS_SKELETT));
            // as the application does (FlowableKonfiguration): Flowable looks for its tables in its own database only
            argument.add("--flowable.database-catalog=" + MARIADB_DATABAS_SKELETT);
        }
        return argument;
    }

    private static List<String> mariadb(String url) {
        return List.of("--spring.datasource.url=" + url, "--spring.datasource.username=" + anvandare(),
                "--spring.datasource.password=" + losenord());
    }

    private static void skriv(String databas, List<Startkorning.Start> vara, List<Startkorning.Start> skelettets)
            throws IOException {
        var rader = new StringBuilder();
        rader.append(String.format(Locale.ROOT, "BENCHMARK start on %s, restart, median of %d fresh JVMs each (%s)%n", databas,
                VARV, Startkorning.JVM_FLAGGOR));
        rader.append(String.format(Locale.ROOT, "BENCHMARK %-32s %10s %10s %7s %8s%n", "", "ours", "skeleton", "ratio", "target"));
        var ready = rad(rader, "ready (JVM uptime), s", vara, skelettets, start -> start.readyMs() / 1000.0, "<= 1.10");
        rad(rader, "ready (Spring's time taken), s", vara, skelettets, start -> start.springReadyMs() / 1000.0, "");
        var heap = rad(rader, "heap after start, MB", vara, skelettets, start -> start.heapBytes() / 1048576.0, "<= 1.20");
        rad(rader, "classes loaded", vara, skelettets, Startkorning.Start::klasser, "");
        rad(rader, "auto-configurations applied", vara, skelettets, Startkorning.Start::autokonfigurationer, "");
        rad(rader, "beans", vara, skelettets, Startkorning.Start::bonor, "");
        rader.append(String.format(Locale.ROOT, "BENCHMARK ready ratio %.2f (target <= 1.10: %s), heap ratio %.2f (target <= 1.20: %s)%n",
                ready[2], ready[2] <= 1.10 ? "met" : "not met", heap[2], heap[2] <= 1.20 ? "met" : "not met"));
        System.out.print(rader);
        var mapp = Path.of("target/benchmark");
        Files.createDirectories(mapp);
        Files.writeString(mapp.resolve("start.json"), String.format(Locale.ROOT, """
                {
                  "database": "%s", "restarts": %d, "jvm": "%s",
                  "ours": %s,
                  "skeleton": %s,
                  "readyRatio": %.3f, "heapRatio": %.3f
                }
                """, databas, VARV, Startkorning.JVM_FLAGGOR, json(vara), json(skelettets), ready[2], heap[2]));
    }

    /** One row of the table: the two medians and their ratio. */
    private static double[] rad(StringBuilder rader, String vad, List<Startkorning.Start> vara,
            List<Startkorning.Start> skelettets, ToDoubleFunction<Startkorning.Start> varde, String mal) {
        var var = median(vara, varde);
        var skelett = median(skelettets, varde);
        var tal = vad.endsWith(", s") || vad.endsWith(", MB") ? "%10.1f" : "%10.0f";
        rader.append(String.format(Locale.ROOT, "BENCHMARK %-32s " + tal + " " + tal + " %7.2f %8s%n", vad, var, skelett,
                var / skelett, mal));
        return new double[] {var, skelett, var / skelett};
    }

    private static String json(List<Startkorning.Start> starter) {
        return String.format(Locale.ROOT, "{\"readyMs\": %.0f, \"springReadyMs\": %.0f, \"heapBytes\": %.0f, \"classes\": %.0f,"
                + " \"autoConfigurations\": %.0f, \"beans\": %.0f, \"readyMsEach\": %s}",
                median(starter, Startkorning.Start::readyMs), median(starter, Startkorning.Start::springReadyMs),
                median(starter, Startkorning.Start::heapBytes), median(starter, Startkorning.Start::klasser),
                median(starter, Startkorning.Start::autokonfigurationer), median(starter, Startkorning.Start::bonor),
                starter.stream().map(start -> String.valueOf(start.readyMs())).toList());
    }

    private static double median(List<Startkorning.Start> starter, ToDoubleFunction<Startkorning.Start> varde) {
        var sorterade = starter.stream().mapToDouble(varde).sorted().toArray();
        return sorterade[sorterade.length / 2];
    }

    private static void skapa(String server, String namn) throws SQLException {
        sql(server, "DROP DATABASE IF EXISTS " + namn);
        sql(server, "CREATE DATABASE " + namn + " CHARACTER SET utf8mb4 COLLATE utf8mb4_swedish_ci");
    }

    private static void taBort(String server, String namn) throws SQLException {
        sql(server, "DROP DATABASE IF EXISTS " + namn);
    }

    private static void sql(String server, String sats) throws SQLException {
        try (var anslutning = DriverManager.getConnection(server, anvandare(), losenord());
                var satsen = anslutning.createStatement()) {
            satsen.execute(sats);
        }
    }

    private static String anvandare() {
        return System.getProperty("TEST_DB_USER", "root");
    }

    private static String losenord() {
        return System.getProperty("TEST_DB_PASSWORD", "");
    }
}
