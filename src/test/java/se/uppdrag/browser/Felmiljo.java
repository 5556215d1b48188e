package se.uppdrag.browser;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import se.uppdrag.Felproxy;

/**
 * The production jar for the fault tests (Felprov): started with {@code java -jar} on a fresh MariaDB database of its
 * own ({@code uppdrag_fel_…} on 127.0.0.1:3306, dropped afterwards), reached only through a {@link Felproxy}, sending
 * mail through another {@link Felproxy} to GreenMail, with the production settings from the environment and the dev
 * profile's demo people and uppdrag on top ({@code prod,dev}). The documented schema step runs first. The test can
 * kill the process (SIGKILL), start it again on the same database, and read the database directly (not through the
 * proxy) to check what it stored.
 */
final class Felmiljo implements AutoCloseable {

    private static final Path JAR = Path.of(System.getProperty("uppdrag.jar", "target/uppdrag-0.1.0-SNAPSHOT.jar"));
    private static final String JAVA = ProcessHandle.current().info().command().orElse("java");
    static final String SERVER = "jdbc:mariadb://127.0.0.1:3306/";
    private static final String ROOT = System.getProperty("uppdrag.test.db.user", "root");
    private static final String ROOTLOSENORD = System.getProperty("uppdrag.test.db.password", "");

    /**
     * What the fault tests shorten, and say so in their table: Flowable's job locks and their reset (5 min and 1 min in
     * production), the wait for the SMTP server's answer (10 min) and the sender's claim on a mail beyond it (5 min),
     * and the pool's connection timeout and lifetime (so that a cut database shows within seconds).
     */
    static final List<String> FORKORTNINGAR = List.of(
            "--flowable.process.async.executor.async-job-lock-time=20s",
            "--flowable.process.async.executor.timer-lock-time=20s",
            "--flowable.process.async.executor.reset-expired-jobs-interval=5s",
            "--spring.mail.properties.mail.smtp.timeout=8000",
            "--spring.mail.properties.mail.smtp.writetimeout=8000",
            "--spring.mail.properties.mail.smtp.connectiontimeout=3000",
            "--uppdrag.mail.sandare.upptagen-marginal=PT10S",
            "--uppdrag.mail.sandare.intervall=PT2S");

    final String databas = "uppdrag_fel_" + Long.toString(System.nanoTime(), 36);
    final GreenMail smtp = new GreenMail(new ServerSetup(Jarnod.ledigPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    final Felproxy dbProxy;
    final Felproxy smtpProxy;
    final int port = Jarnod.ledigPort();
    final int managementPort = Jarnod.ledigPort();
    private final Path katalog;
    private final Path logg;
    private final List<String> extra;
    private Process process;
    private int starter;

    Felmiljo(Path katalog, List<String> extra) throws Exception {
        this.katalog = katalog;
        this.logg = katalog.resolve("app.log");
        this.extra = extra;
        try (var anslutning = DriverManager.getConnection(SERVER, ROOT, ROOTLOSENORD); var sats = anslutning.createStatement()) {
            sats.execute("CREATE DATABASE " + databas + " CHARACTER SET utf8mb4 COLLATE utf8mb4_swedish_ci");
        }
        smtp.start();
        dbProxy = new Felproxy("127.0.0.1", 3306);
        smtpProxy = new Felproxy("127.0.0.1", smtp.getSmtp().getPort());
        schemasteget();
        starta();
    }

    String adress() {
        return "http://localhost:" + port;
    }

    private Map<String, String> miljo() {
        var miljo = new HashMap<String, String>();
        miljo.put("DB_URL", "jdbc:mariadb://127.0.0.1:" + dbProxy.port() + "/" + databas);
        miljo.put("DB_USER", ROOT);
        miljo.put("DB_PASSWORD", ROOTLOSENORD);
        miljo.put("SMTP_HOST", "127.0.0.1");
        miljo.put("SMTP_PORT", String.valueOf(smtpProxy.port()));
        miljo.put("SMTP_AUTH", "false");
        miljo.put("SMTP_STARTTLS", "false");
        miljo.put("BASE_URL", adress());
        miljo.put("MAIL_FROM", "uppdrag@regionexempel.se");
        miljo.put("MANAGEMENT_PORT", String.valueOf(managementPort));
        miljo.put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
        return miljo;
    }

    private List<String> kommando() {
        var kommando = new ArrayList<>(List.of(JAVA, "-Xmx768m", "-XX:TieredStopAtLevel=1", "-jar", JAR.toAbsolutePath().toString(),
                "--server.port=" + port));
        kommando.addAll(FORKORTNINGAR);
        kommando.addAll(extra);
        return kommando;
    }

    private void schemasteget() throws Exception {
        Jarnod.schemasteget(katalog, kommando(), miljo(), true);
    }

    /** Starts the jar (prod with the demo on top) and waits until it is ready; returns the seconds it took. */
    double starta() throws Exception {
        var start = System.nanoTime();
        var kommando = kommando();
        kommando.add("--spring.profiles.active=prod,dev");
        starter++;
        Files.writeString(logg, "\n===== start " + starter + " =====\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        var bygge = new ProcessBuilder(kommando).directory(katalog.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logg.toFile()));
        bygge.environment().clear();
        bygge.environment().putAll(miljo());
        process = bygge.start();
        vantaTillsKlar();
        return (System.nanoTime() - start) / 1e9;
    }

    /** SIGKILL: the process gets no chance to finish anything. */
    void doda() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    boolean lever() {
        return process != null && process.isAlive();
    }

    private void vantaTillsKlar() throws Exception {
        var klient = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        var slut = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < slut) {
            if (!process.isAlive()) {
                throw new AssertionError("the jar stopped at start:\n" + svans(80));
            }
            try {
                var svar = klient.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + managementPort
                        + "/actuator/health/readiness")).timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
                if (svar.statusCode() == 200) {
                    return;
                }
            } catch (IOException annuInte) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the jar was not ready within 3 minutes:\n" + svans(80));
    }

    /** The last lines of the jar's log. */
    String svans(int rader) throws IOException {
        var alla = Files.readAllLines(logg);
        return String.join("\n", alla.subList(Math.max(0, alla.size() - rader), alla.size()));
    }

    List<String> loggrader() throws IOException {
        return Files.readAllLines(logg);
    }

    /** A connection of the test's own straight to the database (not through the proxy). */
    Connection jdbc() throws SQLException {
        return DriverManager.getConnection(SERVER + databas, ROOT, ROOTLOSENORD);
    }

    @Override
    public void close() throws Exception {
        try {
            if (process != null && process.isAlive()) {
                process.destroy();
                if (!process.waitFor(45, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            }
        } finally {
            smtp.stop();
            dbProxy.close();
            smtpProxy.close();
            if (!Boolean.getBoolean("felprov.behall")) {
                try (var anslutning = DriverManager.getConnection(SERVER, ROOT, ROOTLOSENORD);
                        var sats = anslutning.createStatement()) {
                    sats.execute("DROP DATABASE IF EXISTS " + databas);
                }
            }
        }
    }
}
