package se.uppdrag.browser;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
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

    @BeforeAll
    void startaMedNyttFolk(Chromium chromium) {
        // a shared CI machine can be slow to answer: assertions wait for the page up to 20 s, not 5 s, and still
        // pass as soon as it is there
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
        start = System.nanoTime();
        this.chromium = chromium;
        folk = TestFolk.nytt(beans);
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
