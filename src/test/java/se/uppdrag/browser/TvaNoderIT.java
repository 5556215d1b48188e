package se.uppdrag.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static se.uppdrag.browser.Vaadinfalt.falt;
import static se.uppdrag.browser.Vaadinfalt.knapp;
import static se.uppdrag.browser.Vaadinfalt.meddelande;
import static se.uppdrag.browser.Vaadinfalt.valjFlera;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import jakarta.mail.Message;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import se.uppdrag.Postlada;

/**
 * Two nodes on one MariaDB database, as docs/drift.md ("More than one node") describes them: the production jar
 * twice, each on ports of its own, one SMTP server (GreenMail) for both, the demo's people and uppdrag (profiles prod
 * and dev, seeded once by the schema step), and the scheduled jobs (the mail sender, the digest and the reminders) run
 * every few seconds on both nodes instead of once a day. Users act on both nodes, the status-report timers of every
 * running uppdrag fall due at once, and afterwards each timer has fired once, each reminder and digest was made once
 * and each mail arrived once.
 */
@ExtendWith(Chromium.Extension.class)
class TvaNoderIT {

    private static final String LOSENORD = "demo1234";
    private static final String TITEL = "Översyn av remisshantering i primärvården";
    private static final Pattern MEDDELANDE_ID = Pattern.compile("<utgaende-(\\d+)@");

    @Test
    void two_nodes_on_one_database_fire_each_timer_and_send_each_reminder_digest_and_mail_once_while_users_act_on_both(
            @TempDir Path katalog, Chromium chromium) throws Exception {
        Assumptions.assumeTrue(Testdatabas.arMariadb(), "two nodes need a database server of their own: run with -Pmariadb (CI does)");
        PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
        var smtp = new GreenMail(new ServerSetup(Jarnod.ledigPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        var portA = Jarnod.ledigPort();
        var portB = Jarnod.ledigPort();
        try (var databas = Testdatabas.ny(katalog)) {
            var miljo = Map.of("DB_URL", databas.url(), "DB_USER", databas.anvandare(), "DB_PASSWORD", databas.losenord(),
                    "SMTP_HOST", "127.0.0.1", "SMTP_PORT", String.valueOf(smtp.getSmtp().getPort()), "SMTP_AUTH", "false",
                    "SMTP_STARTTLS", "false", "MAIL_FROM", "uppdrag@regionexempel.se",
                    // links in mail go to the address users see: the proxy's in a real setup, node A's here
                    "BASE_URL", "http://localhost:" + portA);
            var argument = List.of("--spring.profiles.active=prod,dev", "--uppdrag.mail.sandare.intervall=PT2S",
                    "--uppdrag.mail.sammandrag.cron=*/5 * * * * *", "--uppdrag.mail.paminnelse.cron=*/5 * * * * *",
                    // the status reports the timers ask for are due in 14 days: reminded of at once
                    "--uppdrag.mail.paminnelse.dagar-fore=20");
            Jarnod.schemasteget(katalog, argument, miljo);
            List<String> fel = new ArrayList<>();
            try (var starter = Executors.newFixedThreadPool(2)) {
                var a = starter.submit(() -> Jarnod.starta("nod-a", katalog, portA, argument, miljo));
                var b = starter.submit(() -> Jarnod.starta("nod-b", katalog, portB, argument, miljo));
                try (var nodA = a.get(); var nodB = b.get()) {
                    var journey = new Resan(chromium);
                    journey.karinVill(nodB);
                    journey.mariaRemitterar(nodA);
                    journey.svarar("ahmed", nodB);
                    journey.svarar("karin", nodA);
                    journey.mariaBegarBeslut(nodB);
                    journey.olofFaststaller(nodA);
                    fel.addAll(journey.fel);

                    try (var db = databas.anslutning()) {
                        var timrar = timrarFallerUt(db);
                        assertThat(timrar).as("the running uppdrag's status-report timers").hasSizeGreaterThanOrEqualTo(3);
                        var fore = statusrapporter(db, timrar.keySet());
                        vanta("every timer fired", () -> forfallnaTimrar(db) == 0 && jobb(db) == 0);
                        var efter = statusrapporter(db, timrar.keySet());
                        for (var instans : timrar.keySet()) {
                            assertThat(efter.getOrDefault(instans, 0) - fore.getOrDefault(instans, 0))
                                    .as("status reports asked for by the timer of process %s", instans).isEqualTo(1);
                        }
                        vanta("the outbox sent", () -> ovantade(db) == 0);
                        // a further minute: every job's lock (lockAtLeastFor one minute) is taken again, on either node
                        Thread.sleep(Duration.ofSeconds(70));
                        vanta("the outbox sent", () -> ovantade(db) == 0);

                        var skickade = skickade(db);
                        var mottagna = mottagna(smtp);
                        assertThat(mottagna.values().stream().filter(antal -> antal > 1).count())
                                .as("mails delivered more than once: %s", mottagna).isZero();
                        assertThat(mottagna.keySet()).as("each sent outbox row arrived, and nothing else")
                                .containsExactlyInAnyOrderElementsOf(skickade.keySet());
                        var perTyp = skickade.values().stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
                        assertThat(perTyp).as("mails per kind").containsKeys("UPPGIFT_TILLDELAD", "REMISS", "BESLUT_BEGART",
                                "BESLUT_FATTAT", "STATUSRAPPORT_BEGARD", "SAMMANDRAG", "PAMINNELSE", "ESKALERING");
                        System.out.println("TvaNoderIT: mails sent once each, by kind: " + perTyp);
                        assertThat(perTyp.get("STATUSRAPPORT_BEGARD")).as("status reports asked for by mail")
                                .isEqualTo(timrar.size());
                        assertThat(perTyp.get("SAMMANDRAG")).as("digests").isEqualTo(1);

                        var karin = Postlada.till(smtp, "karin.ek@regionexempel.se");
                        var sammandrag = karin.stream().filter(brev -> Postlada.amne(brev).contains("sammandrag")).toList();
                        assertThat(sammandrag).as("Karin's digests").hasSize(1);
                        assertThat(Postlada.innehall(sammandrag.getFirst())).contains(TITEL);
                        assertThat(karin.stream().map(Postlada::amne)).as("Karin's mails: the remiss came in the digest only")
                                .noneMatch(amne -> amne.contains("remiss") && amne.contains(TITEL));
                        assertThat(insamlade(db)).as("digest items in no digest or in two").isZero();
                    }
                    for (var nod : List.of(nodA, nodB)) {
                        assertThat(nod.beredskap().body()).as("readiness of %s", nod.namn).contains("\"status\":\"UP\"");
                    }
                    // the management port (no sign-in: it is reached from the machine or the container network only)
                    assertThat(nodA.matvarden()).contains("uppdrag_utkorg_vantande", "uppdrag_utkorg_misslyckade",
                            "uppdrag_processmotor_dodbrev", "tomcat_sessions_active_current_sessions",
                            "http_server_requests_seconds_count").containsPattern("uppdrag_beslut_total\\{[^}]*utfall=\"FASTSTALLT\"[^}]*\\} 1");
                    for (var nod : List.of(nodA, nodB)) {
                        assertThat(nod.loggrader().stream().filter(rad -> rad.contains(" ERROR ")))
                                .as("ERROR lines of %s", nod.namn).isEmpty();
                    }
                }
            }
            assertThat(fel).as("page and console errors").isEmpty();
        } finally {
            smtp.stop();
        }
    }

    /** The journey of one uppdrag, each step on the node named, in a browser window of each person's own. */
    private static final class Resan {

        final List<String> fel = new ArrayList<>();
        private final Chromium chromium;
        private final Skarmbilder bilder = new Skarmbilder("tva-noder");

        Resan(Chromium chromium) {
            this.chromium = chromium;
        }

        /** Karin takes remisser in her daily digest. */
        void karinVill(Jarnod nod) {
            som("karin", nod, fonster -> {
                var sida = fonster.oppna("installningar").sida();
                sida.getByRole(AriaRole.RADIOGROUP, new Page.GetByRoleOptions().setName("Ett utkast har skickats till dig på remiss"))
                        .getByText("I dagligt sammandrag").click();
                assertThat(meddelande(sida, "Sparat.")).isVisible();
            });
        }

        void mariaRemitterar(Jarnod nod) {
            som("maria", nod, fonster -> {
                var sida = uppgift(fonster, "Bearbeta utkastet");
                valjFlera(sida, falt(sida, "Granskare"), "Ahmed Nur", "Karin Ek");
                knapp(sida, "Skicka på remiss").click();
                assertThat(meddelande(sida, "Uppgiften är klar.")).isVisible();
            });
        }

        void svarar(String granskare, Jarnod nod) {
            som(granskare, nod, fonster -> {
                var sida = uppgift(fonster, "Svara på remiss");
                falt(sida, "Godkänt").check();
                knapp(sida, "Skicka svar").click();
                assertThat(meddelande(sida, "Uppgiften är klar.")).isVisible();
            });
        }

        void mariaBegarBeslut(Jarnod nod) {
            som("maria", nod, fonster -> {
                var sida = uppgift(fonster, "Bearbeta utkastet");
                knapp(sida, "Skicka för beslut").click();
                assertThat(meddelande(sida, "Uppgiften är klar.")).isVisible();
            });
        }

        void olofFaststaller(Jarnod nod) {
            som("olof", nod, fonster -> {
                var sida = uppgift(fonster, "Besluta om uppdraget");
                falt(sida, "Fastställ").check();
                knapp(sida, "Registrera beslutet").click();
                assertThat(meddelande(sida, "Uppgiften är klar.")).isVisible();
                fonster.ga("uppdrag");
                sida.locator("vaadin-grid").getByText(TITEL).first().click();
                assertThat(sida.locator(".status")).hasText("Pågående");
            });
        }

        private static Page uppgift(Fonster fonster, String namn) {
            var sida = fonster.ga("uppgifter").sida();
            sida.locator("vaadin-grid").first()
                    .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(namn).setExact(true)).first().click();
            sida.waitForURL(Pattern.compile(".*/uppgifter/[\\w-]+$"));
            fonster.vantaPaVaadin();
            assertThat(sida.locator(".uppgift-arende")).containsText(TITEL);
            return sida;
        }

        private void som(String person, Jarnod nod, java.util.function.Consumer<Fonster> steg) {
            try (var fonster = new Fonster(chromium, nod.adress())) {
                try {
                    fonster.loggaIn(person, LOSENORD);
                    steg.accept(fonster);
                } catch (AssertionError | RuntimeException misslyckat) {
                    bilder.ta(fonster, "fel-" + person + "-" + nod.namn);
                    throw misslyckat;
                }
                fel.addAll(fonster.tommaFel().stream().map(rad -> person + " on " + nod.namn + ": " + rad).toList());
            }
        }
    }

    /** Lets every status-report timer fall due now, as on the morning of a report date; by process instance, its uppdrag. */
    private static Map<String, String> timrarFallerUt(Connection db) throws SQLException {
        var timrar = par(db, "SELECT PROCESS_INSTANCE_ID_, ID_ FROM ACT_RU_TIMER_JOB WHERE ELEMENT_ID_ = 'statusTimer'");
        try (var sats = db.prepareStatement("UPDATE ACT_RU_TIMER_JOB SET DUEDATE_ = ? WHERE ELEMENT_ID_ = 'statusTimer'")) {
            sats.setTimestamp(1, Timestamp.from(Instant.now().minusSeconds(60)));
            sats.executeUpdate();
        }
        return timrar;
    }

    private static long forfallnaTimrar(Connection db) throws SQLException {
        return tal(db, "SELECT COUNT(*) FROM ACT_RU_TIMER_JOB WHERE DUEDATE_ <= ?", Timestamp.from(Instant.now()));
    }

    private static long jobb(Connection db) throws SQLException {
        return tal(db, "SELECT COUNT(*) FROM ACT_RU_JOB");
    }

    /** Status-report tasks ever created, by process instance. */
    private static Map<String, Integer> statusrapporter(Connection db, java.util.Set<String> instanser) throws SQLException {
        var antal = new HashMap<String, Integer>();
        try (var sats = db.prepareStatement("SELECT PROC_INST_ID_, COUNT(*) FROM ACT_HI_TASKINST WHERE TASK_DEF_KEY_ = 'statusrapport' GROUP BY PROC_INST_ID_");
                var rader = sats.executeQuery()) {
            while (rader.next()) {
                if (instanser.contains(rader.getString(1))) {
                    antal.put(rader.getString(1), rader.getInt(2));
                }
            }
        }
        return antal;
    }

    /** Mails waiting, being sent or waiting for the digest. */
    private static long ovantade(Connection db) throws SQLException {
        return tal(db, "SELECT COUNT(*) FROM utgaende_post WHERE status IN ('VANTAR', 'SKICKAS', 'SAMMANDRAG', 'MISSLYCKAD')");
    }

    /** Digest items that are in no digest, or whose digest was never queued. */
    private static long insamlade(Connection db) throws SQLException {
        return tal(db, "SELECT COUNT(*) FROM utgaende_post p WHERE p.status = 'I_SAMMANDRAG' AND NOT EXISTS "
                + "(SELECT 1 FROM utgaende_post s WHERE s.id = p.sammandrag_id AND s.typ = 'SAMMANDRAG' AND s.status = 'SKICKAD')");
    }

    /** The outbox rows sent, by id, with their kind. */
    private static Map<String, String> skickade(Connection db) throws SQLException {
        return par(db, "SELECT id, typ FROM utgaende_post WHERE status = 'SKICKAD'");
    }

    /** The rows of a query of two columns, the first as key. */
    private static Map<String, String> par(Connection db, String fraga) throws SQLException {
        var par = new HashMap<String, String>();
        try (var sats = db.prepareStatement(fraga); var rader = sats.executeQuery()) {
            while (rader.next()) {
                par.put(rader.getString(1), rader.getString(2));
            }
        }
        return par;
    }

    /** The mails the SMTP server received, by outbox row (from the Message-ID), with how many copies. */
    private static Map<String, Integer> mottagna(GreenMail smtp) throws Exception {
        var mottagna = new HashMap<String, Integer>();
        for (var brev : smtp.getReceivedMessages()) {
            var id = brev.getHeader("Message-ID")[0];
            var matchning = MEDDELANDE_ID.matcher(id);
            assertThat(matchning.find()).as("Message-ID %s of a mail to %s", id,
                    Arrays.toString(brev.getRecipients(Message.RecipientType.TO))).isTrue();
            mottagna.merge(matchning.group(1), 1, Integer::sum);
        }
        return mottagna;
    }

    private static long tal(Connection db, String fraga, Object... parametrar) throws SQLException {
        try (var sats = db.prepareStatement(fraga)) {
            for (int i = 0; i < parametrar.length; i++) {
                sats.setObject(i + 1, parametrar[i]);
            }
            try (var rader = sats.executeQuery()) {
                rader.next();
                return rader.getLong(1);
            }
        }
    }

    private static void vanta(String vad, Callable<Boolean> villkor) throws Exception {
        var slut = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (!villkor.call()) {
            if (System.nanoTime() > slut) {
                throw new AssertionError("not within 2 minutes: " + vad);
            }
            Thread.sleep(1000);
        }
    }
}
