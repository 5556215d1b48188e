package se.uppdrag.browser;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The jar started as a region starts a new installation: the production profile, an empty database of its own (a
 * fresh MariaDB database on the test server when the build runs with -Pmariadb, else an H2 file), a real SMTP server
 * (GreenMail, on a free port) and the first administrator from the environment. Before the start, the documented
 * schema step ({@code --uppdrag.schema.uppgradera}, docs/drift.md) creates Flowable's tables. Everything else is created
 * in the browser.
 */
final class Nyinstallation implements AutoCloseable {

    static final String ADMINISTRATOR = "forvaltare";
    static final String ADMINISTRATORSLOSENORD = "Vinterns-stjarnhimmel-2026";
    private static final Path JAR = Path.of(System.getProperty("uppdrag.jar", "target/uppdrag-0.1.0-SNAPSHOT.jar"));
    private static final String JAVA = ProcessHandle.current().info().command().orElse("java");

    final int port = ledigPort();
    final GreenMail smtp = new GreenMail(new ServerSetup(ledigPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    private final Path katalog;
    private final Path logg;
    private final Databas databas;
    private final Process process;

    Nyinstallation(Path katalog) throws Exception {
        this.katalog = katalog;
        this.logg = katalog.resolve("app.log");
        this.databas = Databas.ny(katalog);
        smtp.start();
        var kommando = new ArrayList<>(List.of(JAVA, "-jar", JAR.toAbsolutePath().toString(), "--server.port=" + port));
        kommando.addAll(databas.argument());
        var bygge = new ProcessBuilder(kommando).directory(katalog.toFile()).redirectErrorStream(true)
                .redirectOutput(logg.toFile());
        var miljo = bygge.environment();
        miljo.remove("SPRING_PROFILES_ACTIVE");
        miljo.putAll(Map.of("DB_URL", databas.url(), "DB_USER", databas.anvandare(), "DB_PASSWORD", databas.losenord(),
                "SMTP_HOST", "127.0.0.1", "SMTP_PORT", String.valueOf(smtp.getSmtp().getPort()), "SMTP_AUTH", "false",
                "SMTP_STARTTLS", "false", "BASE_URL", adress()));
        miljo.putAll(Map.of("UPPDRAG_ADMIN_ANVANDARE", ADMINISTRATOR, "UPPDRAG_ADMIN_LOSENORD", ADMINISTRATORSLOSENORD,
                "UPPDRAG_ADMIN_NAMN", "Frida Förvaltare", "UPPDRAG_ADMIN_EPOST", "frida.forvaltare@regionexempel.se",
                "MAIL_FROM", "uppdrag@regionexempel.se"));
        schemasteget(kommando, miljo);
        process = bygge.start();
        vantaTillsDenSvarar();
    }

    /**
     * The documented first step of an installation (docs/drift.md): the jar with --uppdrag.schema.uppgradera and the
     * same environment creates Flowable's tables (a production start does not) and exits with 0.
     */
    private void schemasteget(List<String> kommando, Map<String, String> miljo) throws Exception {
        var steg = new ArrayList<>(kommando);
        steg.add("--uppdrag.schema.uppgradera");
        var steglogg = katalog.resolve("schemasteg.log");
        var bygge = new ProcessBuilder(steg).directory(katalog.toFile()).redirectErrorStream(true)
                .redirectOutput(steglogg.toFile());
        bygge.environment().clear();
        bygge.environment().putAll(miljo);
        var steget = bygge.start();
        if (!steget.waitFor(3, TimeUnit.MINUTES)) {
            steget.destroyForcibly();
            throw new AssertionError("the schema step did not end within 3 minutes:\n" + Files.readString(steglogg));
        }
        if (steget.exitValue() != 0) {
            throw new AssertionError("the schema step ended with " + steget.exitValue() + ":\n" + Files.readString(steglogg));
        }
    }

    String adress() {
        return "http://localhost:" + port;
    }

    List<String> loggrader() throws IOException {
        return Files.readAllLines(logg);
    }

    private void vantaTillsDenSvarar() throws Exception {
        var klient = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        var slut = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < slut) {
            if (!process.isAlive()) {
                throw new AssertionError("the jar stopped at start:\n" + Files.readString(logg));
            }
            try {
                var svar = klient.send(HttpRequest.newBuilder(URI.create(adress() + "/login")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (svar.statusCode() == 200) {
                    return;
                }
            } catch (IOException annuInte) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the jar did not answer on /login within 3 minutes:\n" + Files.readString(logg));
    }

    @Override
    public void close() throws Exception {
        try {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } finally {
            smtp.stop();
            databas.taBort();
        }
    }

    static int ledigPort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The installation's own empty database, dropped afterwards. */
    private record Databas(String url, String anvandare, String losenord, List<String> argument, String server,
            String namn) {

        static Databas ny(Path katalog) throws SQLException {
            var testdatabas = System.getProperty("uppdrag.test.db.url", "");
            var profiler = System.getProperty("uppdrag.test.profiles", "");
            if (profiler.contains("mariadb") && testdatabas.startsWith("jdbc:mariadb://")) {
                var server = testdatabas.replaceFirst("^(jdbc:mariadb://[^/]+/).*$", "$1");
                var namn = "uppdrag_ny_" + Long.toString(System.nanoTime(), 36);
                var anvandare = System.getProperty("uppdrag.test.db.user", "root");
                var losenord = System.getProperty("uppdrag.test.db.password", "");
                try (var anslutning = DriverManager.getConnection(server, anvandare, losenord);
                        var sats = anslutning.createStatement()) {
                    sats.execute("CREATE DATABASE " + namn + " CHARACTER SET utf8mb4 COLLATE utf8mb4_swedish_ci");
                }
                return new Databas(server + namn, anvandare, losenord, List.of(), server, namn);
            }
            // H2 takes the placeholders of the embedded default instead of the production profile's MariaDB ones
            return new Databas("jdbc:h2:file:" + katalog.resolve("data/uppdrag").toAbsolutePath(), "sa", "sa",
                    List.of("--spring.flyway.placeholders.tableOptions=", "--spring.flyway.placeholders.datetime=TIMESTAMP(6)",
                            "--spring.flyway.placeholders.clob=CLOB", "--spring.flyway.placeholders.blob=BLOB"), "", "");
        }

        void taBort() throws SQLException {
            if (namn.isEmpty()) {
                return;
            }
            try (var anslutning = DriverManager.getConnection(server, anvandare, losenord);
                    var sats = anslutning.createStatement()) {
                sats.execute("DROP DATABASE IF EXISTS " + namn);
            }
        }
    }
}
