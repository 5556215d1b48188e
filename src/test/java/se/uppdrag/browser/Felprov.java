package se.uppdrag.browser;

import static se.uppdrag.browser.Vaadinfalt.falt;
import static se.uppdrag.browser.Vaadinfalt.knapp;
import static se.uppdrag.browser.Vaadinfalt.valj;
import static se.uppdrag.browser.Vaadinfalt.valjFlera;

import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.options.WaitForSelectorState;
import com.microsoft.playwright.Locator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import se.uppdrag.Felproxy;

/**
 * Faults tried as a region's operations would meet them (issue 15, item 5), on the production jar ({@link Felmiljo}: a
 * fresh MariaDB database behind a TCP proxy, GreenMail behind another, the demo people and uppdrag): two users on the
 * same task at once, the database cut for 30 s, SMTP refusing and SMTP hanging, and the process killed with SIGKILL in
 * the middle of remiss answers and decisions, 20 times. Every scenario has a hard time limit. What each saw is printed
 * as a table and written to {@code target/faults/felprov.json}; docs/drift.md ("Fel som prövats") holds the figures of
 * the last run. Run only by {@code ./mvnw -B -ntp -Pproduction,mariadb,faults verify}.
 */
@ExtendWith(Chromium.Extension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class Felprov {

    private static final String LOSENORD = "demo1234";
    private static final String AGARE = "maria";
    private static final List<String> GRANSKARE = List.of("ahmed", "olof");
    private static final String BESLUTSFATTARE = "karin";
    private static final String UPPGIFTEN_AR_KLAR = "Uppgiften är klar.";
    private static final String HANN_FORE = "Någon annan hann före";
    private static final String OTILLGANGLIG = "Tjänsten är tillfälligt otillgänglig";
    private static final int DODANDEN = Integer.getInteger("felprov.dodanden", 20);
    private static final int UTKAST_FOR_DODANDEN = Integer.getInteger("felprov.utkast", 12);

    /** One line of the table. */
    record Rad(String scenario, int korningar, int kvitterade, int forlorade, int dubblerade, String sag) {
    }

    /** An action the test did in the browser, and whether its success notification was seen. */
    record Atgard(String uppgift, String typ, long uppdrag, String person, boolean kvitterad, boolean dodadUnder) {
    }

    /** An open task of the engine, read from its tables. */
    record Oppen(String id, String typ, long uppdrag, long person) {
    }

    @TempDir
    static Path katalog;
    static Felmiljo miljo;
    static final List<Rad> tabell = new ArrayList<>();
    static final Map<String, Long> personer = new HashMap<>();
    static final Map<String, String> namn = new HashMap<>();
    static final Map<String, Fonster> fonster = new HashMap<>();
    static final List<Long> utkast = new ArrayList<>();
    static final Random slump = new Random(Long.getLong("felprov.slump", 15L));
    static Chromium chromium;
    static Instant borjade;

    @BeforeAll
    static void starta() throws Exception {
        borjade = Instant.now();
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
        miljo = new Felmiljo(katalog, List.of());
        try (var db = miljo.jdbc(); var sats = db.createStatement();
                var rader = sats.executeQuery("select u.username, p.id, p.namn from app_user u join person p on p.id = u.person_id")) {
            while (rader.next()) {
                personer.put(rader.getString(1), rader.getLong(2));
                namn.put(rader.getString(1), rader.getString(3));
            }
        }
        System.out.println("Felprov: the jar is up on " + miljo.adress() + ", database " + miljo.databas + ", people " + personer.keySet());
    }

    @AfterAll
    static void skrivTabellen() throws Exception {
        try {
            for (var f : fonster.values()) {
                tyst(f::close);
            }
            var text = new StringBuilder("\nFelprov (" + borjade + ", " + Duration.between(borjade, Instant.now()).toSeconds() + " s)\n");
            text.append(String.format("%-58s | %5s | %12s | %4s | %10s | %s%n", "scenario", "runs", "acknowledged", "lost",
                    "duplicated", "what the user saw"));
            for (var rad : tabell) {
                text.append(String.format("%-58s | %5d | %12d | %4d | %10d | %s%n", rad.scenario(), rad.korningar(),
                        rad.kvitterade(), rad.forlorade(), rad.dubblerade(), rad.sag()));
            }
            System.out.println(text);
            var ut = Path.of("target/faults");
            Files.createDirectories(ut);
            var json = new StringBuilder("{\n  \"date\": \"" + borjade + "\",\n  \"shortened\": [" + Felmiljo.FORKORTNINGAR.stream()
                    .map(s -> "\"" + s + "\"").collect(Collectors.joining(", ")) + "],\n  \"rows\": [\n");
            for (int i = 0; i < tabell.size(); i++) {
                var r = tabell.get(i);
                json.append(String.format("    {\"scenario\": \"%s\", \"runs\": %d, \"acknowledged\": %d, \"lost\": %d, "
                        + "\"duplicated\": %d, \"saw\": \"%s\"}%s%n", esc(r.scenario()), r.korningar(), r.kvitterade(),
                        r.forlorade(), r.dubblerade(), esc(r.sag()), i < tabell.size() - 1 ? "," : ""));
            }
            json.append("  ]\n}\n");
            Files.writeString(ut.resolve("felprov.json"), json);
            Files.writeString(ut.resolve("felprov.txt"), text);
            Files.copy(katalog.resolve("app.log"), ut.resolve("app.log"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } finally {
            if (miljo != null) {
                miljo.close();
            }
        }
    }

    private static String esc(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    interface Steg {
        void kor() throws Exception;
    }

    private static void tyst(Steg steg) {
        try {
            steg.kor();
        } catch (Exception | Error ignorerat) {
            // a window of a killed process, say
        }
    }

    // ------------------------------------------------------------------ the browser

    /** The person's window, signed in (again, after a restart: sessions die with the process). */
    private static Fonster som(String anvandare) {
        var f = fonster.get(anvandare);
        if (f == null) {
            f = new Fonster(chromium, miljo.adress());
            f.sida().setDefaultTimeout(20_000);
            f.loggaIn(anvandare, LOSENORD);
            fonster.put(anvandare, f);
        }
        return f;
    }

    private static void glomFonstren() {
        for (var f : fonster.values()) {
            tyst(f::close);
        }
        fonster.clear();
    }

    /** A new draft of the owner's, made in the editor as a person makes it; its id. */
    private static long nyttUtkast(String titel) {
        var f = som(AGARE);
        var sida = f.sida();
        f.oppna("uppdrag/ny");
        falt(sida, "Uppdragets titel").fill(titel);
        valjFlera(sida, falt(sida, "Uppdragsgivare"), namn.get(BESLUTSFATTARE));
        valj(sida, falt(sida, "Uppdragstagare"), namn.get(AGARE));
        falt(sida, "Bakgrund och syfte").fill("Prövas under fel: " + titel + ".");
        Vaadinfalt.datum(falt(sida, "Slutleverans senast"), LocalDate.now().plusMonths(6).toString());
        valj(sida, falt(Vaadinfalt.nyRad(sida, "Beslutsfattare", "Lägg till beslutsfattare"), "Beslutsfattare"), namn.get(BESLUTSFATTARE));
        knapp(sida, "Spara utkast").click();
        sida.waitForURL(Pattern.compile(".*/uppdrag/\\d+$"));
        return Long.parseLong(sida.url().replaceAll(".*/", ""));
    }

    /** Opens the task and does it the way its person would; true when the success notification was seen. */
    private static boolean gor(Oppen uppgift, String anvandare, Runnable efterKlicket) {
        return gor(uppgift, anvandare, efterKlicket, new AtomicLong());
    }

    /**
     * As above; once {@code dodad} holds the moment of a kill, the notification is waited for only one more second
     * (an answer already on its way still arrives; none comes after that).
     */
    private static boolean gor(Oppen uppgift, String anvandare, Runnable efterKlicket, AtomicLong dodad) {
        var f = som(anvandare);
        var sida = f.sida();
        f.oppna("uppgifter/" + uppgift.id());
        klickaUppgiften(sida, uppgift);
        efterKlicket.run();
        var slut = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        var klar = Vaadinfalt.meddelande(sida, UPPGIFTEN_AR_KLAR);
        while (System.nanoTime() < slut) {
            if (klar.count() > 0) {
                return true;
            }
            var d = dodad.get();
            if (d != 0 && System.nanoTime() - d > Duration.ofSeconds(1).toNanos()) {
                return false;
            }
            sida.waitForTimeout(50);
        }
        return false;
    }

    /** Fills in the task's form and presses its button (without waiting for the answer). */
    private static void klickaUppgiften(com.microsoft.playwright.Page sida, Oppen uppgift) {
        switch (uppgift.typ()) {
            case "utkast" -> {
                if (remissvar(uppgift.uppdrag()) == 0) {
                    valjFlera(sida, falt(sida, "Granskare"), GRANSKARE.stream().map(namn::get).toArray(String[]::new));
                    knapp(sida, "Skicka på remiss").click();
                } else {
                    knapp(sida, "Skicka för beslut").click();
                }
            }
            case "remissvar" -> {
                falt(sida, "Godkänt").check();
                knapp(sida, "Skicka svar").click();
            }
            case "beslutsuppgift" -> {
                falt(sida, "Fastställ").check();
                knapp(sida, "Registrera beslutet").click();
            }
            default -> throw new IllegalArgumentException(uppgift.typ());
        }
    }

    /** Whether a notification with the text shows within the time. */
    private static boolean sag(com.microsoft.playwright.Page sida, String text, Duration inom) {
        try {
            Vaadinfalt.meddelande(sida, text).first().waitFor(new Locator.WaitForOptions()
                    .setState(WaitForSelectorState.VISIBLE).setTimeout(inom.toMillis()));
            return true;
        } catch (PlaywrightException inte) {
            return false;
        }
    }

    /** The texts of the notifications on the page now, and of the page's error view if it shows one. */
    private static String visas(com.microsoft.playwright.Page sida) {
        try {
            var texter = new ArrayList<String>(sida.locator("vaadin-notification-card").allInnerTexts());
            for (var feltext : List.of(OTILLGANGLIG, "Något gick fel", "Kontrollera användarnamn och lösenord", HANN_FORE)) {
                if (sida.getByText(feltext).count() > 0 && texter.stream().noneMatch(t -> t.contains(feltext))) {
                    texter.add(feltext);
                }
            }
            return texter.stream().map(t -> t.replaceAll("\\s+", " ").strip()).distinct().collect(Collectors.joining(" / "));
        } catch (PlaywrightException borta) {
            return "(the page did not answer: " + borta.getMessage().lines().findFirst().orElse("") + ")";
        }
    }

    // ------------------------------------------------------------------ the database, read directly

    private static List<Oppen> oppna(Set<Long> bland) throws SQLException {
        var oppna = new ArrayList<Oppen>();
        try (var db = miljo.jdbc(); var sats = db.createStatement(); var rader = sats.executeQuery("""
                select t.ID_, t.TASK_DEF_KEY_, e.BUSINESS_KEY_, t.ASSIGNEE_ from ACT_RU_TASK t
                join ACT_RU_EXECUTION e on e.ID_ = t.PROC_INST_ID_ order by t.CREATE_TIME_""")) {
            while (rader.next()) {
                var uppdrag = rader.getString(3) == null ? -1 : Long.parseLong(rader.getString(3));
                if (bland.contains(uppdrag) && rader.getString(4) != null) {
                    oppna.add(new Oppen(rader.getString(1), rader.getString(2), uppdrag, Long.parseLong(rader.getString(4))));
                }
            }
        }
        return oppna;
    }

    private static long tal(String sql, Object... parametrar) throws SQLException {
        try (var db = miljo.jdbc(); var sats = db.prepareStatement(sql)) {
            for (int i = 0; i < parametrar.length; i++) {
                sats.setObject(i + 1, parametrar[i]);
            }
            try (var rader = sats.executeQuery()) {
                rader.next();
                return rader.getLong(1);
            }
        }
    }

    private static long remissvar(long uppdrag) {
        try {
            return tal("select count(*) from uppdrag_remissvar where uppdrag_id = ?", uppdrag);
        } catch (SQLException fel) {
            throw new IllegalStateException(fel);
        }
    }

    private static String status(long uppdrag) throws SQLException {
        try (var db = miljo.jdbc(); var sats = db.prepareStatement("select status from uppdrag where id = ?")) {
            sats.setLong(1, uppdrag);
            try (var rader = sats.executeQuery()) {
                return rader.next() ? rader.getString(1) : "(saknas)";
            }
        }
    }

    private static String anvandare(long person) {
        return personer.entrySet().stream().filter(e -> e.getValue() == person).map(Map.Entry::getKey).findFirst().orElseThrow();
    }

    /** The open task of the kind for the uppdrag, if any. */
    private static java.util.Optional<Oppen> uppgift(long uppdrag, String typ, String anvandare) throws SQLException {
        return oppna(Set.of(uppdrag)).stream().filter(o -> o.typ().equals(typ) && o.person() == personer.get(anvandare)).findFirst();
    }

    /** Waits until the uppdrag has an open task of the kind for the person. */
    private static Oppen vantaPaUppgift(long uppdrag, String typ, String anvandare) throws Exception {
        var slut = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < slut) {
            var u = uppgift(uppdrag, typ, anvandare);
            if (u.isPresent()) {
                return u.get();
            }
            Thread.sleep(300);
        }
        throw new AssertionError("no task " + typ + " for " + anvandare + " on uppdrag " + uppdrag + " within 60 s");
    }

    /** Sends the draft on remiss in the browser (the owner's utkast task) and returns when the answers are asked for. */
    private static void paRemiss(long uppdrag) throws Exception {
        var u = vantaPaUppgift(uppdrag, "utkast", AGARE);
        if (!gor(u, AGARE, () -> { })) {
            throw new AssertionError("sending " + uppdrag + " on remiss was not acknowledged: " + visas(som(AGARE).sida()));
        }
        for (var g : GRANSKARE) {
            vantaPaUppgift(uppdrag, "remissvar", g);
        }
    }

    // ------------------------------------------------------------------ the scenarios

    @Test
    @Order(0)
    @Timeout(value = 8, unit = TimeUnit.MINUTES)
    void drafts_are_made_in_the_browser_for_the_scenarios(Chromium webblasare) throws Exception {
        chromium = webblasare;
        var start = System.nanoTime();
        for (int i = 1; i <= UTKAST_FOR_DODANDEN + 8; i++) {
            utkast.add(nyttUtkast("Felprov " + i + ": samordnad planering"));
        }
        System.out.printf("Felprov: %d drafts made in the browser in %.0f s%n", utkast.size(), (System.nanoTime() - start) / 1e9);
    }

    /** Scenario 4: one task answered at the same moment in two windows of its person, and one decision likewise. */
    @Test
    @Order(1)
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void two_windows_acting_on_the_same_task_at_the_same_moment_one_wins_and_the_other_is_told() throws Exception {
        var korningar = 0;
        var vunna = 0;
        var forlorade = 0;
        var dubblerade = 0;
        var sett = new TreeMap<String, Integer>();
        for (int i = 0; i < 3; i++) {
            var uppdrag = utkast.remove(0);
            paRemiss(uppdrag);
            var u = vantaPaUppgift(uppdrag, "remissvar", "ahmed");
            try (var a = new Fonster(chromium, miljo.adress()); var b = new Fonster(chromium, miljo.adress())) {
                for (var f : List.of(a, b)) {
                    f.loggaIn("ahmed", LOSENORD);
                    f.oppna("uppgifter/" + u.id());
                    falt(f.sida(), "Godkänt").check();
                }
                // both presses leave before either answer comes back
                knapp(a.sida(), "Skicka svar").click();
                knapp(b.sida(), "Skicka svar").click();
                korningar++;
                var aKlar = sag(a.sida(), UPPGIFTEN_AR_KLAR, Duration.ofSeconds(15));
                var bKlar = sag(b.sida(), UPPGIFTEN_AR_KLAR, Duration.ofSeconds(aKlar ? 1 : 15));
                // the loser's answer: any notification, within ten seconds
                tyst(() -> (aKlar ? b : a).sida().locator("vaadin-notification-card").first().waitFor(
                        new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE).setTimeout(10_000)));
                vunna += (aKlar ? 1 : 0) + (bKlar ? 1 : 0);
                var forlorare = aKlar ? b : a;
                sett.merge(aKlar && bKlar ? "both: Uppgiften är klar." : "loser: " + visas(forlorare.sida())
                        .replace(UPPGIFTEN_AR_KLAR, "").replaceAll("^ / | / $", ""), 1, Integer::sum);
                var svar = tal("select count(*) from uppdrag_remissvar where uppdrag_id = ? and person_id = ?", uppdrag, personer.get("ahmed"));
                dubblerade += svar > 1 ? 1 : 0;
                forlorade += (aKlar || bKlar) && svar == 0 ? 1 : 0;
            }
        }
        tabell.add(new Rad("4. same remiss task in two windows at once", korningar, vunna, forlorade, dubblerade, text(sett)));
    }

    private static String text(Map<String, Integer> sett) {
        return sett.entrySet().stream().map(e -> e.getValue() + "× " + e.getKey()).collect(Collectors.joining("; "));
    }

    /** Scenario 2: the database cut for 30 s while a user acts, then back. */
    @Test
    @Order(2)
    @Timeout(value = 6, unit = TimeUnit.MINUTES)
    void with_the_database_cut_for_thirty_seconds_a_user_is_told_clearly_nothing_half_done_is_stored_and_it_recovers()
            throws Exception {
        var korningar = 0;
        var kvitterade = 0;
        var forlorade = 0;
        var halvgjorda = 0;
        var sett = new TreeMap<String, Integer>();
        for (int i = 0; i < 2; i++) {
            var uppdrag = utkast.remove(0);
            paRemiss(uppdrag);
            var u = vantaPaUppgift(uppdrag, "remissvar", "ahmed");
            var ahmed = som("ahmed");
            ahmed.oppna("uppgifter/" + u.id());
            falt(ahmed.sida(), "Godkänt").check();

            korningar++;
            var kapad = System.nanoTime();
            miljo.dbProxy.lage(Felproxy.Lage.VAGRAR);
            miljo.dbProxy.kapa();
            Thread.sleep(3000);
            knapp(ahmed.sida(), "Skicka svar").click();
            var tryckt = System.nanoTime();
            tyst(() -> ahmed.sida().locator("vaadin-notification-card").first().waitFor(
                    new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE).setTimeout(20_000)));
            var svarstid = (System.nanoTime() - tryckt) / 1e9;
            var klar = sag(ahmed.sida(), UPPGIFTEN_AR_KLAR, Duration.ofMillis(100));
            var sag = visas(ahmed.sida()) + String.format(" (after %.0f s)", svarstid);
            sett.merge("action: " + (klar ? "Uppgiften är klar." : sag), 1, Integer::sum);
            // a login during the cut, in a window of its own
            try (var ny = new Fonster(chromium, miljo.adress())) {
                var sida = ny.sida();
                ny.oppna("login");
                sida.getByLabel("Användarnamn").fill("oskar");
                sida.getByLabel("Lösenord", new com.microsoft.playwright.Page.GetByLabelOptions().setExact(true)).fill(LOSENORD);
                knapp(sida, "Logga in").click();
                var vad = "(login page, no message within 15 s)";
                for (int v = 0; v < 150; v++) {
                    if (sida.getByText(OTILLGANGLIG).count() > 0) {
                        vad = OTILLGANGLIG;
                        break;
                    }
                    if (sida.getByText("Kontrollera").count() > 0) {
                        vad = "a password error";
                        break;
                    }
                    if (!sida.url().contains("login")) {
                        vad = "(signed in)";
                        break;
                    }
                    sida.waitForTimeout(100);
                }
                sett.merge("login: " + vad, 1, Integer::sum);
            }
            var kvar = Duration.ofSeconds(30).toNanos() - (System.nanoTime() - kapad);
            if (kvar > 0) {
                Thread.sleep(kvar / 1_000_000);
            }
            miljo.dbProxy.lage(Felproxy.Lage.OPPEN);
            var svarUnder = tal("select count(*) from uppdrag_remissvar where uppdrag_id = ? and person_id = ?", uppdrag, personer.get("ahmed"));
            var uppgiftKvar = uppgift(uppdrag, "remissvar", "ahmed").isPresent();
            if (klar) {
                kvitterade++;
                forlorade += svarUnder == 1 ? 0 : 1;
            } else if (svarUnder != 0 || !uppgiftKvar) {
                halvgjorda++;
            }
            // the same user tries again, without a restart of anything
            var start = System.nanoTime();
            var igen = false;
            while (!igen && System.nanoTime() - start < Duration.ofSeconds(60).toNanos()) {
                if (!uppgift(uppdrag, "remissvar", "ahmed").isPresent()) {
                    break;
                }
                tyst(() -> ahmed.oppna("uppgifter/" + u.id()));
                try {
                    falt(ahmed.sida(), "Godkänt").check();
                    knapp(ahmed.sida(), "Skicka svar").click();
                    igen = sag(ahmed.sida(), UPPGIFTEN_AR_KLAR, Duration.ofSeconds(15));
                } catch (PlaywrightException annuInte) {
                    Thread.sleep(1000);
                }
            }
            if (igen) {
                kvitterade++;
            }
            sett.merge("after the cut: " + (igen ? String.format("the same action succeeded %.0f s after the database returned",
                    (System.nanoTime() - start) / 1e9) : "the action did not succeed within 60 s: " + visas(ahmed.sida())), 1, Integer::sum);
            var svarEfter = tal("select count(*) from uppdrag_remissvar where uppdrag_id = ? and person_id = ?", uppdrag, personer.get("ahmed"));
            forlorade += igen && svarEfter == 0 ? 1 : 0;
            halvgjorda += svarEfter > 1 ? 1 : 0;
        }
        tabell.add(new Rad("2. database cut 30 s (TCP proxy), user acts during it", korningar, kvitterade, forlorade, halvgjorda,
                text(sett)));
        System.out.println("Felprov, database cut: " + text(sett));
    }

    /** Scenario 3: SMTP refusing, then SMTP taking one connection and never answering. */
    @Test
    @Order(3)
    @Timeout(value = 6, unit = TimeUnit.MINUTES)
    void smtp_refusing_and_smtp_hanging_back_off_hold_up_nothing_else_and_every_mail_arrives_once() throws Exception {
        vantaTillsUtkorgenArTom(Duration.ofSeconds(60));
        // refusing
        miljo.smtpProxy.lage(Felproxy.Lage.VAGRAR);
        var fore = maxId();
        var uppdrag = utkast.remove(0);
        paRemiss(uppdrag);
        Thread.sleep(6000);
        var vagrade = rader(fore);
        var medBackoff = vagrade.stream().filter(r -> r.forsok() >= 1 && r.status().equals("VANTAR") && r.nasta().isAfter(Instant.now()))
                .count();
        var sett = new TreeMap<String, Integer>();
        sett.merge(String.format("refused: %d of %d mails in back-off after a failed attempt", medBackoff, vagrade.size()), 1, Integer::sum);
        miljo.smtpProxy.lage(Felproxy.Lage.OPPEN);
        var start = System.nanoTime();
        var framme = vantaPaBrev(vagrade, Duration.ofSeconds(150));
        sett.merge(String.format("refused: all arrived %.0f s after SMTP returned (first back-off 60 s)", (System.nanoTime() - start) / 1e9),
                1, Integer::sum);
        var forloradeVagrade = vagrade.size() - framme.size();
        var dubbletterVagrade = framme.values().stream().filter(n -> n > 1).count();
        tabell.add(new Rad("3a. SMTP refusing (proxy resets every connection)", vagrade.size(), framme.size(), forloradeVagrade,
                (int) dubbletterVagrade, String.format("%d of %d in back-off; all arrived once %.0f s after SMTP returned",
                        medBackoff, vagrade.size(), (System.nanoTime() - start) / 1e9)));

        // hanging: the next connection is taken and never answered, the others go through
        miljo.smtpProxy.tystaDeForsta(1);
        fore = maxId();
        var tva = List.of(utkast.remove(0), utkast.remove(0));
        for (var u : tva) {
            paRemiss(u);
        }
        var hang = System.nanoTime();
        var hangande = rader(fore);
        var ovriga = Duration.ZERO;
        var slut = System.nanoTime() + Duration.ofSeconds(7).toNanos(); // under the 8 s the sender waits for the silent server
        var utan = 0;
        while (System.nanoTime() < slut) {
            utan = (int) hangande.stream().filter(r -> mottagna(r.id()) > 0).count();
            if (utan >= hangande.size() - 1) {
                ovriga = Duration.ofNanos(System.nanoTime() - hang);
                break;
            }
            Thread.sleep(200);
        }
        var framme2 = vantaPaBrev(hangande, Duration.ofSeconds(150));
        var allaTid = (System.nanoTime() - hang) / 1e9;
        tabell.add(new Rad("3b. SMTP hanging (one connection taken, never answered)", hangande.size(), framme2.size(),
                hangande.size() - framme2.size(), (int) framme2.values().stream().filter(n -> n > 1).count(),
                String.format("%d of %d other mails arrived while one delivery hung (within %.1f s); the hung one arrived once %.0f s later, after its 8 s timeout and back-off",
                        utan, hangande.size() - 1, ovriga.toMillis() / 1000.0, allaTid)));
    }

    record Postrad(long id, String status, int forsok, Instant nasta) {
    }

    private static long maxId() throws SQLException {
        return tal("select coalesce(max(id), 0) from utgaende_post");
    }

    private static List<Postrad> rader(long efter) throws SQLException {
        var rader = new ArrayList<Postrad>();
        try (var db = miljo.jdbc(); var sats = db.prepareStatement(
                "select id, status, forsok, nasta_forsok from utgaende_post where id > ? order by id")) {
            sats.setLong(1, efter);
            try (var r = sats.executeQuery()) {
                while (r.next()) {
                    rader.add(new Postrad(r.getLong(1), r.getString(2), r.getInt(3), r.getTimestamp(4).toInstant()));
                }
            }
        }
        return rader;
    }

    /** How many mails GreenMail has with the outbox row's Message-ID. */
    private static int mottagna(long rad) {
        var id = "<utgaende-" + rad + "@localhost>";
        var antal = 0;
        for (var m : miljo.smtp.getReceivedMessages()) {
            try {
                if (id.equals(m.getMessageID())) {
                    antal++;
                }
            } catch (jakarta.mail.MessagingException fel) {
                throw new IllegalStateException(fel);
            }
        }
        return antal;
    }

    /** Waits until every row's mail has arrived; the rows that did, with how many copies. */
    private static Map<Long, Integer> vantaPaBrev(List<Postrad> rader, Duration hogst) throws Exception {
        var slut = System.nanoTime() + hogst.toNanos();
        while (true) {
            var framme = new LinkedHashMap<Long, Integer>();
            for (var r : rader) {
                var n = mottagna(r.id());
                if (n > 0) {
                    framme.put(r.id(), n);
                }
            }
            if (framme.size() == rader.size() || System.nanoTime() > slut) {
                return framme;
            }
            Thread.sleep(500);
        }
    }

    private static void vantaTillsUtkorgenArTom(Duration hogst) throws Exception {
        var slut = System.nanoTime() + hogst.toNanos();
        while (tal("select count(*) from utgaende_post where status in ('VANTAR', 'SKICKAS')") > 0 && System.nanoTime() < slut) {
            Thread.sleep(500);
        }
    }

    /**
     * Scenario 1: the process killed with SIGKILL at a random moment (0 to 0.7 s) after the press of a remiss answer, a
     * sending on remiss or for decision, or a decision, 20 times, restarted after each; then every acknowledged action
     * is looked for, the uppdrag's status is held against its open tasks, and the outbox against what arrived.
     */
    @Test
    @Order(4)
    @Timeout(value = 25, unit = TimeUnit.MINUTES)
    void the_process_killed_twenty_times_in_the_middle_of_remiss_answers_and_decisions_loses_and_doubles_nothing()
            throws Exception {
        var mina = Set.copyOf(utkast);
        var atgarder = new ArrayList<Atgard>();
        var starttider = new ArrayList<Double>();
        var dodanden = 0;
        var fel = new ArrayList<String>();
        while (dodanden < DODANDEN) {
            var oppna = oppna(mina).stream().filter(o -> Set.of("utkast", "remissvar", "beslutsuppgift").contains(o.typ())).toList();
            if (oppna.isEmpty()) {
                fel.add("ran out of tasks after " + dodanden + " kills");
                break;
            }
            // between kills, a few actions that finish; the kill falls after the press of the last
            var fore = slump.nextInt(3);
            for (int i = 0; i <= fore && !oppna.isEmpty(); i++) {
                var u = oppna.get(slump.nextInt(oppna.size()));
                var dodas = i == fore;
                var delay = slump.nextInt(700);
                var dodad = new AtomicLong();
                boolean kvitterad;
                try {
                    kvitterad = gor(u, anvandare(u.person()), dodas ? () -> {
                        var t = new Thread(() -> {
                            tyst(() -> Thread.sleep(delay));
                            tyst(miljo::doda);
                            dodad.set(System.nanoTime());
                        });
                        t.start();
                    } : () -> { }, dodad);
                } catch (PlaywrightException | AssertionError misslyckat) {
                    kvitterad = false;
                    if (!dodas) {
                        fel.add("an action failed without a kill: " + u + ": " + misslyckat.getMessage().lines().findFirst().orElse(""));
                    }
                }
                atgarder.add(new Atgard(u.id(), u.typ(), u.uppdrag(), anvandare(u.person()), kvitterad, dodas));
                if (dodas) {
                    while (miljo.lever()) {
                        Thread.sleep(50);
                    }
                    dodanden++;
                    glomFonstren();
                    starttider.add(miljo.starta());
                    break;
                }
                oppna = oppna(mina).stream().filter(o -> Set.of("utkast", "remissvar", "beslutsuppgift").contains(o.typ())).toList();
            }
        }
        // after the last restart: Flowable's expired locks are reset (20 s lock, checked every 5 s here), the outbox
        // drains (an expired claim after 8 s + 10 s); wait for both, up to three minutes
        var slut = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        List<String> oense;
        while (true) {
            oense = oense(mina);
            var utkorg = tal("select count(*) from utgaende_post where status in ('VANTAR', 'SKICKAS')");
            var jobb = tal("select count(*) from ACT_RU_JOB");
            if ((oense.isEmpty() && utkorg == 0 && jobb == 0) || System.nanoTime() > slut) {
                break;
            }
            Thread.sleep(1000);
        }
        var vantade = Duration.ofNanos(System.nanoTime() - (slut - Duration.ofMinutes(3).toNanos())).toSeconds();

        // every acknowledged action there, exactly once
        var kvitterade = atgarder.stream().filter(Atgard::kvitterad).toList();
        var forlorade = new ArrayList<Atgard>();
        var dubblerade = new ArrayList<String>();
        for (var a : kvitterade) {
            if (!genomford(a)) {
                forlorade.add(a);
            }
        }
        try (var db = miljo.jdbc()) {
            dubblerade.addAll(grupper(db, "select uppdrag_id, person_id, count(*) from uppdrag_remissvar group by uppdrag_id, person_id having count(*) > 1", mina));
            dubblerade.addAll(grupper(db, "select uppdrag_id, typ, count(*) from uppdrag_handelse where typ not in ('UTKAST_ANDRAT', 'PDF_HAMTAD') group by uppdrag_id, typ, person_id having count(*) > 1", mina));
        }
        // the outbox: one row for every remiss and decision task the engine made; each delivered, with copies counted
        var uppgiftsrader = uppgifterUtanPost(mina);
        var post = rader(0);
        var ejFramme = post.stream().filter(r -> mottagna(r.id()) == 0).count();
        var kopior = post.stream().filter(r -> mottagna(r.id()) > 1).count();
        var okanda = okandaBrev(post);
        var ejKvitteradeMenGjorda = atgarder.stream().filter(a -> !a.kvitterad() && genomford(a)).count();
        var ejGjorda = atgarder.stream().filter(a -> !a.kvitterad() && !genomford(a)).count();

        var sammanfattning = String.format(
                "%d kills (restart %.0f–%.0f s); %d actions pressed, %d acknowledged, %d applied without acknowledgement (killed after commit), %d not applied (killed before), "
                        + "lost %d, doubled %d; status vs open tasks disagreeing after %d s: %d; outbox rows %d, tasks without their row %d, undelivered %d, "
                        + "delivered twice with the same Message-ID (recognisable copies) %d, mails without a row %d",
                dodanden, starttider.stream().mapToDouble(d -> d).min().orElse(0), starttider.stream().mapToDouble(d -> d).max().orElse(0),
                atgarder.size(), kvitterade.size(), ejKvitteradeMenGjorda, ejGjorda, forlorade.size(), dubblerade.size(), vantade,
                oense.size(), post.size(), uppgiftsrader.size(), ejFramme, kopior, okanda);
        System.out.println("Felprov, SIGKILL: " + sammanfattning);
        System.out.println("Felprov, SIGKILL: lost " + forlorade + ", doubled " + dubblerade + ", disagreeing " + oense
                + ", tasks without mail " + uppgiftsrader + ", other problems " + fel);
        tabell.add(new Rad("1. SIGKILL during remiss answers and decisions", dodanden, kvitterade.size(), forlorade.size()
                + uppgiftsrader.size() + (int) ejFramme, dubblerade.size(), String.format(
                        "acknowledged: all there once; %d stuck after restart; mail copies with the same Message-ID: %d",
                        oense.size(), kopior)));
        tabell.add(new Rad("1. (details)", atgarder.size(), kvitterade.size(), forlorade.size(), dubblerade.size(), sammanfattning));

        var soft = new SoftAssertions();
        soft.assertThat(forlorade).as("acknowledged actions lost").isEmpty();
        soft.assertThat(dubblerade).as("actions applied twice").isEmpty();
        soft.assertThat(oense).as("uppdrag whose status and open tasks disagree").isEmpty();
        soft.assertThat(uppgiftsrader).as("tasks whose mail never reached the outbox").isEmpty();
        soft.assertThat(ejFramme).as("outbox rows never delivered").isZero();
        soft.assertThat(dodanden).as("kills").isEqualTo(DODANDEN);
        soft.assertAll();
    }

    /** Whether the action's effect is in the database: its task completed, and what it does there. */
    private static boolean genomford(Atgard a) {
        try {
            var slut = tal("select count(*) from ACT_HI_TASKINST where ID_ = ? and END_TIME_ is not null", a.uppgift());
            if (slut != 1) {
                return false;
            }
            return switch (a.typ()) {
                case "remissvar" -> tal("select count(*) from uppdrag_remissvar where uppdrag_id = ? and person_id = ?",
                        a.uppdrag(), personer.get(a.person())) == 1;
                case "beslutsuppgift" -> tal("select count(*) from uppdrag_handelse where uppdrag_id = ? and typ = 'FASTSTALLT'", a.uppdrag()) == 1;
                case "utkast" -> tal("select count(*) from ACT_HI_TASKINST t join ACT_HI_PROCINST p on p.ID_ = t.PROC_INST_ID_ "
                        + "where p.BUSINESS_KEY_ = ? and t.TASK_DEF_KEY_ in ('remissvar', 'beslutsuppgift') and t.START_TIME_ > "
                        + "(select START_TIME_ from ACT_HI_TASKINST where ID_ = ?)", String.valueOf(a.uppdrag()), a.uppgift()) > 0;
                default -> false;
            };
        } catch (SQLException fel) {
            throw new IllegalStateException(fel);
        }
    }

    private static List<String> grupper(Connection db, String sql, Set<Long> mina) throws SQLException {
        var ut = new ArrayList<String>();
        try (var sats = db.createStatement(); var r = sats.executeQuery(sql)) {
            while (r.next()) {
                if (mina.contains(r.getLong(1))) {
                    ut.add(r.getLong(1) + "/" + r.getString(2) + "×" + r.getLong(3));
                }
            }
        }
        return ut;
    }

    /** Uppdrag whose status does not agree with their open tasks (or that stalled: every answer in, still på remiss). */
    private static List<String> oense(Set<Long> mina) throws SQLException {
        var ut = new ArrayList<String>();
        var oppna = oppna(mina).stream().collect(Collectors.groupingBy(Oppen::uppdrag, Collectors.mapping(Oppen::typ, Collectors.toSet())));
        for (var u : mina) {
            var status = status(u);
            var typer = oppna.getOrDefault(u, Set.of());
            var ok = switch (status) {
                case "UTKAST" -> typer.equals(Set.of("utkast"));
                case "PA_REMISS" -> !typer.isEmpty() && Set.of("remissvar", "remissuppfoljning").containsAll(typer)
                        && typer.contains("remissvar");
                case "FOR_BESLUT" -> typer.equals(Set.of("beslutsuppgift"));
                case "PAGAENDE" -> typer.stream().noneMatch(Set.of("utkast", "remissvar", "remissuppfoljning", "beslutsuppgift")::contains)
                        && tal("select count(*) from ACT_RU_EXECUTION where BUSINESS_KEY_ = ? and PARENT_ID_ is null", String.valueOf(u)) == 1;
                default -> false;
            };
            if (!ok) {
                ut.add(u + ": " + status + " with " + typer);
            }
        }
        return ut;
    }

    /** Remiss and decision tasks of the uppdrag that have no outbox row for their person. */
    private static List<String> uppgifterUtanPost(Set<Long> mina) throws SQLException {
        var ut = new ArrayList<String>();
        try (var db = miljo.jdbc(); var sats = db.createStatement(); var r = sats.executeQuery("""
                select t.ID_, t.ASSIGNEE_, p.BUSINESS_KEY_ from ACT_HI_TASKINST t join ACT_HI_PROCINST p on p.ID_ = t.PROC_INST_ID_
                where t.TASK_DEF_KEY_ in ('remissvar', 'beslutsuppgift')""")) {
            while (r.next()) {
                if (mina.contains(Long.parseLong(r.getString(3)))
                        && tal("select count(*) from utgaende_post where handelsenyckel = ?", "uppgift:" + r.getString(1) + ":" + r.getString(2)) != 1) {
                    ut.add(r.getString(3) + "/" + r.getString(1));
                }
            }
        }
        return ut;
    }

    /** Mails GreenMail received whose Message-ID is no outbox row's. */
    private static long okandaBrev(List<Postrad> post) throws Exception {
        var idn = post.stream().map(r -> "<utgaende-" + r.id() + "@localhost>").collect(Collectors.toSet());
        var okanda = 0;
        for (var m : miljo.smtp.getReceivedMessages()) {
            if (!idn.contains(m.getMessageID())) {
                okanda++;
            }
        }
        return okanda;
    }
}
