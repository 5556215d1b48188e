package se.uppdrag;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.regex.Pattern;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * The unit and view tests run in two JVMs at once (Surefire's forks, pom.xml {@code test.forks}), so each fork needs a
 * database and an SMTP port of its own. Before the first test of a fork, this points the second and later forks at
 * their own: a fresh MariaDB database named after the build's with the fork's number appended (the first fork keeps
 * the build's), and the fork's port among those the build reserved. H2 needs nothing: its in-memory database belongs
 * to the JVM. Outside Surefire (an IDE, one test) no fork number is set and nothing changes.
 */
public final class EgenDatabasPerGaffel implements LauncherSessionListener {

    private static final Pattern MARIADB = Pattern.compile("^(jdbc:mariadb://[^/]+/)([A-Za-z0-9_]+)(.*)$");

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        var gaffel = gaffel();
        if (gaffel <= 1) {
            return;
        }
        var portar = System.getProperty("uppdrag.test.smtp.portar", "").split(",");
        if (portar.length >= gaffel && !portar[gaffel - 1].isBlank()) {
            System.setProperty("spring.mail.port", portar[gaffel - 1].strip());
        }
        var url = System.getProperty("TEST_DB_URL", "");
        var delar = MARIADB.matcher(url);
        if (System.getProperty("spring.profiles.active", "").contains("mariadb") && delar.matches()) {
            var databas = delar.group(2) + "_" + gaffel;
            nyDatabas(delar.group(1), databas);
            System.setProperty("TEST_DB_URL", delar.group(1) + databas + delar.group(3));
        }
    }

    /** Surefire replaces {@code ${surefire.forkNumber}} in "gaffel-N"; 1 when it is not set or not replaced. */
    static int gaffel() {
        var nummer = System.getProperty("uppdrag.test.gaffel", "").replaceFirst("^gaffel-", "");
        return nummer.matches("\\d+") ? Integer.parseInt(nummer) : 1;
    }

    private static void nyDatabas(String server, String databas) {
        try (var anslutning = DriverManager.getConnection(server, System.getProperty("TEST_DB_USER", "root"),
                System.getProperty("TEST_DB_PASSWORD", ""));
                var sats = anslutning.createStatement()) {
            sats.execute("DROP DATABASE IF EXISTS " + databas);
            sats.execute("CREATE DATABASE " + databas + " CHARACTER SET utf8mb4 COLLATE utf8mb4_swedish_ci");
        } catch (SQLException fel) {
            throw new IllegalStateException("Could not create the test database " + databas + " on " + server, fel);
        }
    }
}
