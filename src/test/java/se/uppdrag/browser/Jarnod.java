package se.uppdrag.browser;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One node of Uppdrag: the jar that {@code ./mvnw -Pproduction package} builds, started as its own process with
 * {@code java -jar} with the environment given (as a region's service manager starts it), on an application port
 * and a management port of its own, so that several run side by side on one machine.
 */
final class Jarnod implements AutoCloseable {

    private static final Path JAR = Path.of(System.getProperty("uppdrag.jar", "target/uppdrag-0.1.0-SNAPSHOT.jar"));
    private static final String JAVA = ProcessHandle.current().info().command().orElse("java");

    final String namn;
    final int port;
    final int driftport = ledigPort();
    private final Path logg;
    private final Process process;

    private Jarnod(String namn, Path katalog, int port, List<String> argument, Map<String, String> miljo) throws IOException {
        this.namn = namn;
        this.port = port;
        this.logg = katalog.resolve(namn + ".log");
        var bygge = new ProcessBuilder(kommando(argument, "--server.port=" + port)).directory(katalog.toFile())
                .redirectErrorStream(true).redirectOutput(logg.toFile());
        miljo(bygge, miljo);
        bygge.environment().put("MANAGEMENT_PORT", String.valueOf(driftport));
        this.process = bygge.start();
    }

    /**
     * Starts a node on the given port and waits until it serves its login page and its readiness says UP (its links
     * in mail need {@code BASE_URL} with the same port).
     */
    static Jarnod starta(String namn, Path katalog, int port, List<String> argument, Map<String, String> miljo)
            throws Exception {
        var nod = new Jarnod(namn, katalog, port, argument, miljo);
        try {
            nod.vantaTillsKlar();
            return nod;
        } catch (Exception | AssertionError startenMisslyckades) {
            nod.close();
            throw startenMisslyckades;
        }
    }

    /**
     * The documented first step of an installation and of every upgrade (docs/drift.md): the jar with
     * {@code --uppdrag.schema.uppgradera} and the installation's environment creates or upgrades Flowable's tables (a
     * production start does not), runs the migrations, and exits with 0.
     */
    static void schemasteget(Path katalog, List<String> argument, Map<String, String> miljo) throws Exception {
        schemasteget(katalog, kommando(argument), miljo, true);
    }

    /** The schema step with a whole command line of one's own (the JVM's options among it). */
    static void schemasteget(Path katalog, List<String> kommando, Map<String, String> miljo, boolean helaKommandot)
            throws Exception {
        var steglogg = katalog.resolve("schemasteg.log");
        var steg = new ArrayList<>(kommando);
        steg.add("--uppdrag.schema.uppgradera");
        var bygge = new ProcessBuilder(steg).directory(katalog.toFile()).redirectErrorStream(true)
                .redirectOutput(steglogg.toFile());
        miljo(bygge, miljo);
        var steget = bygge.start();
        if (!steget.waitFor(3, TimeUnit.MINUTES)) {
            steget.destroyForcibly();
            throw new AssertionError("the schema step did not end within 3 minutes:\n" + Files.readString(steglogg));
        }
        if (steget.exitValue() != 0) {
            throw new AssertionError("the schema step ended with " + steget.exitValue() + ":\n" + Files.readString(steglogg));
        }
    }

    /**
     * The machine's environment (its locale among it: without one, Java reads "Förvaltare" from the environment as
     * ASCII) without any of the production settings it may have, and then the installation's.
     */
    private static void miljo(ProcessBuilder bygge, Map<String, String> miljo) {
        bygge.environment().keySet().removeIf(namn -> namn.startsWith("DB_") || namn.startsWith("SMTP_")
                || namn.startsWith("UPPDRAG_") || namn.startsWith("MANAGEMENT_") || namn.startsWith("OIDC_")
                || List.of("BASE_URL", "MAIL_FROM", "PORT", "SPRING_PROFILES_ACTIVE").contains(namn));
        bygge.environment().putAll(miljo);
    }

    private static List<String> kommando(List<String> argument, String... fler) {
        var kommando = new ArrayList<>(List.of(JAVA, "-jar", JAR.toAbsolutePath().toString()));
        kommando.addAll(argument);
        kommando.addAll(List.of(fler));
        return kommando;
    }

    String adress() {
        return "http://localhost:" + port;
    }

    List<String> loggrader() throws IOException {
        return Files.readAllLines(logg);
    }

    /** The node's readiness answer from its management port. */
    HttpResponse<String> beredskap() throws IOException, InterruptedException {
        return hamta("/actuator/health/readiness");
    }

    /** What the node's Prometheus endpoint on its management port shows. */
    String matvarden() throws IOException, InterruptedException {
        return hamta("/actuator/prometheus").body();
    }

    private HttpResponse<String> hamta(String vag) throws IOException, InterruptedException {
        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + driftport + vag)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private void vantaTillsKlar() throws Exception {
        var klient = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        var slut = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        var inloggning = false;
        while (System.nanoTime() < slut) {
            if (!process.isAlive()) {
                throw new AssertionError(namn + " stopped at start:\n" + Files.readString(logg));
            }
            try {
                if (!inloggning) {
                    inloggning = klient.send(HttpRequest.newBuilder(URI.create(adress() + "/login")).build(),
                            HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
                }
                // the login page may answer a moment before the start has finished
                if (inloggning && beredskap().statusCode() == 200) {
                    return;
                }
            } catch (IOException annuInte) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError(namn + " was not ready within 3 minutes:\n" + Files.readString(logg));
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    static int ledigPort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A copy of the map with more entries. */
    static Map<String, String> med(Map<String, String> miljo, Map<String, String> fler) {
        var alla = new HashMap<>(miljo);
        alla.putAll(fler);
        return alla;
    }
}
