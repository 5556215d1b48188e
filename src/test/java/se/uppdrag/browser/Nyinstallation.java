package se.uppdrag.browser;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

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

    final GreenMail smtp = new GreenMail(new ServerSetup(Jarnod.ledigPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    private final Testdatabas databas;
    private final Jarnod nod;

    Nyinstallation(Path katalog) throws Exception {
        this.databas = Testdatabas.ny(katalog);
        smtp.start();
        var miljo = Jarnod.med(Map.of("DB_URL", databas.url(), "DB_USER", databas.anvandare(), "DB_PASSWORD", databas.losenord(),
                "SMTP_HOST", "127.0.0.1", "SMTP_PORT", String.valueOf(smtp.getSmtp().getPort()), "SMTP_AUTH", "false",
                "SMTP_STARTTLS", "false", "MAIL_FROM", "uppdrag@regionexempel.se"),
                Map.of("UPPDRAG_ADMIN_ANVANDARE", ADMINISTRATOR, "UPPDRAG_ADMIN_LOSENORD", ADMINISTRATORSLOSENORD,
                "UPPDRAG_ADMIN_NAMN", "Frida Förvaltare", "UPPDRAG_ADMIN_EPOST", "frida.forvaltare@regionexempel.se"));
        var port = Jarnod.ledigPort();
        miljo.put("BASE_URL", "http://localhost:" + port);
        Jarnod.schemasteget(katalog, databas.argument(), miljo);
        this.nod = Jarnod.starta("app", katalog, port, databas.argument(), miljo);
    }

    String adress() {
        return nod.adress();
    }

    List<String> loggrader() throws IOException {
        return nod.loggrader();
    }

    @Override
    public void close() throws Exception {
        try (databas) {
            nod.close();
        } finally {
            smtp.stop();
        }
    }
}
