package se.uppdrag.browser;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import se.uppdrag.JusterbarKlocka;
import se.uppdrag.TestFolk;

/**
 * A class of browser tests: one cast of people for the whole class (its tests build on each other), the shared
 * Chromium, and windows in which those people log in through the login page. Prints how long the class took.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserTestBase {

    private static Duration totalt = Duration.ZERO;

    /** When a test fails, every open window is photographed into target/screenshots/fel/, to see what the person saw. */
    @RegisterExtension
    final TestWatcher felbilder = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable orsak) {
            var bilder = new Skarmbilder("fel/" + context.getRequiredTestClass().getSimpleName() + "-"
                    + context.getRequiredTestMethod().getName());
            for (var oppet : fonster) {
                try {
                    bilder.ta(oppet, "fonster");
                } catch (RuntimeException stangt) {
                    // a closed window has nothing to show
                }
            }
        }
    };

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext beans;
    @Autowired
    JusterbarKlocka klocka;

    TestFolk folk;
    private Chromium chromium;
    private final List<Fonster> fonster = new ArrayList<>();
    private long start;
    private Serverlogg serverlogg;

    @BeforeAll
    void startaMedNyttFolk(Chromium chromium) throws Exception {
        serverlogg = Serverlogg.lyssna();
        kraverProduktionsbunten();
        // a shared CI machine can be slow to answer: assertions wait for the page up to 20 s, not 5 s, and still
        // pass as soon as it is there
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
        start = System.nanoTime();
        this.chromium = chromium;
        folk = TestFolk.nytt(beans);
    }

    /**
     * What a region runs is the production build: these tests drive the optimised frontend bundle that
     * {@code -Pproduction} builds into the jar, never Vaadin's development server.
     */
    private void kraverProduktionsbunten() throws Exception {
        try (var klient = HttpClient.newHttpClient()) {
            var sida = klient.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            Assertions.assertThat(sida)
                    .as("The browser tests drive the production bundle: run them with ./mvnw verify -Pproduction")
                    .contains("VAADIN/build/indexhtml")
                    .doesNotContain("@vite/client");
        }
    }

    /** Any uncaught page error, console error or server ERROR during a test fails it, even when the page looked right. */
    @AfterEach
    void ingaFelISidanKonsolenEllerServern() {
        var fel = new ArrayList<String>();
        fonster.forEach(oppet -> fel.addAll(oppet.tommaFel()));
        fel.addAll(serverlogg.tomma().stream().map(rad -> "server ERROR: " + rad).toList());
        Assertions.assertThat(fel).as("errors in the browser or on the server during the test").isEmpty();
    }

    /** A new browser window, nobody logged in. */
    Fonster nyttFonster() {
        var nytt = new Fonster(chromium, "http://localhost:" + port);
        fonster.add(nytt);
        return nytt;
    }

    /** A new browser window in which the cast member has logged in through the login page. */
    Fonster inloggad(String roll) {
        return nyttFonster().loggaIn(folk.anvandarnamn(roll), TestFolk.LOSENORD);
    }

    @AfterAll
    void stangOchRedovisaTiden() {
        fonster.forEach(Fonster::close);
        klocka.aterstall();
        TestFolk.loggaUt();
        var tid = Duration.ofNanos(System.nanoTime() - start);
        synchronized (BrowserTestBase.class) {
            totalt = totalt.plus(tid);
            System.out.printf("Webbläsartester: %s tog %.1f s (alla webbläsartester hittills %.1f s, Chromium %s)%n",
                    getClass().getSimpleName(), tid.toMillis() / 1000.0, totalt.toMillis() / 1000.0, chromium.version());
        }
    }
}
