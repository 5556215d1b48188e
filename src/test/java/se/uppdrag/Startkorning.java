package se.uppdrag;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import skelett.Startmatning;

/**
 * One application's starts for {@link StartBenchmark}: each in a fresh JVM on the test class path with the same options
 * ({@value #JVM_FLAGGOR}), in a working directory of its own (where the embedded database lies), through
 * {@link Startmatning}, which prints one line once the application is ready and exits.
 */
final class Startkorning {

    static final String JVM_FLAGGOR = "-Xmx1g -XX:+UseG1GC";
    private static final Pattern RAD = Pattern.compile(Startmatning.RAD + " app=\\S+ readyMs=(\\d+) springReadyMs=(\\d+)"
            + " heapBytes=(\\d+) classes=(\\d+) autoconfigurations=(\\d+) beans=(\\d+)");

    /** What one start measured. */
    record Start(long readyMs, long springReadyMs, long heapBytes, int klasser, int autokonfigurationer, int bonor) {
    }

    private final Class<?> applikation;
    private final Path katalog;
    private final List<String> argument;
    private int nummer;

    Startkorning(Class<?> applikation, Path katalog, List<String> argument) throws IOException {
        this.applikation = applikation;
        this.katalog = Files.createDirectories(katalog);
        this.argument = argument;
    }

    /**
     * Whether this JVM runs the production build: the production bundle on the class path and Vaadin's development
     * server not ({@code -Pproduction}); a start with the development tools would run the frontend tooling instead.
     */
    static boolean produktionsbygge() {
        var laddare = Startkorning.class.getClassLoader();
        return laddare.getResource("META-INF/VAADIN/webapp/index.html") != null
                && laddare.getResource("com/vaadin/base/devserver/DevModeHandlerManagerImpl.class") == null;
    }

    Start starta() throws IOException, InterruptedException {
        var logg = katalog.resolve(applikation.getSimpleName() + "-" + (++nummer) + ".log");
        var kommando = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        kommando.addAll(List.of(JVM_FLAGGOR.split(" ")));
        var steg = System.getProperty("startmatning.steg");
        if (steg != null) {
            kommando.add("-Dstartmatning.steg=" + steg);
        }
        // surefire starts the test JVM from a manifest-only jar: the real class path is in surefire.test.class.path
        kommando.addAll(List.of("-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                Startmatning.class.getName(), applikation.getName()));
        kommando.addAll(argument);
        var bygge = new ProcessBuilder(kommando).directory(katalog.toFile()).redirectErrorStream(true)
                .redirectOutput(logg.toFile());
        utanProduktionsinstallningar(bygge.environment());
        var process = bygge.start();
        try {
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                throw new AssertionError(applikation.getSimpleName() + " did not start and stop within 5 minutes: " + logg);
            }
        } finally {
            process.destroyForcibly();
        }
        var rader = Files.readAllLines(logg);
        rader.stream().filter(rad -> rad.startsWith("STARTSTEG"))
                .forEach(rad -> System.out.println(rad.replaceFirst("STARTSTEG", "STARTSTEG " + applikation.getSimpleName())));
        var rad = rader.stream().map(RAD::matcher).filter(Matcher::find).findFirst().orElseThrow(() -> new AssertionError(
                applikation.getSimpleName() + " printed no measurement:\n" + svans(rader)));
        return new Start(Long.parseLong(rad.group(1)), Long.parseLong(rad.group(2)), Long.parseLong(rad.group(3)),
                Integer.parseInt(rad.group(4)), Integer.parseInt(rad.group(5)), Integer.parseInt(rad.group(6)));
    }

    /** The machine's environment without any production setting it may have (as the jar's own tests do). */
    private static void utanProduktionsinstallningar(Map<String, String> miljo) {
        miljo.keySet().removeIf(namn -> namn.startsWith("DB_") || namn.startsWith("SMTP_") || namn.startsWith("UPPDRAG_")
                || namn.startsWith("MANAGEMENT_") || namn.startsWith("OIDC_") || namn.startsWith("SPRING_")
                || List.of("BASE_URL", "MAIL_FROM", "PORT").contains(namn));
    }

    private static String svans(List<String> rader) {
        return String.join("\n", rader.subList(Math.max(0, rader.size() - 60), rader.size()));
    }
}
