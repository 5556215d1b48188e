package se.uppdrag.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.time.Duration;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import se.uppdrag.KortaSessioner;
import se.uppdrag.TestFolk;

/**
 * The idle timeout holds with the tab open: Vaadin's heartbeat goes on every 3 s, yet after 15 s without anything
 * done the person is on the login page and no longer signed in. Runs on its own application context with these short
 * times ({@link KortaSessioner}, shared with SakerhetOverHttpTest), so it costs one context start and about 25 s.
 */
@KortaSessioner
@ExtendWith(Chromium.Extension.class)
@Tag("browser")
class InaktivSessionBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext beans;

    @Test
    void an_open_tab_left_alone_past_the_idle_timeout_lands_on_the_login_page_signed_out(Chromium chromium) {
        var folk = TestFolk.nytt(beans);
        try (var fonster = new Fonster(chromium, "http://localhost:" + port)) {
            var sida = fonster.sida();
            var inloggning = sida.navigate("login");
            Assertions.assertThat(inloggning.headers()).as("the page is under the policy")
                    .containsKey("content-security-policy");
            fonster.fyllIInloggningen(folk.anvandarnamn(TestFolk.MEDLEM), TestFolk.LOSENORD);
            fonster.oppna("uppgifter");
            var start = System.nanoTime();

            sida.waitForURL(url -> url.contains("/login"), new Page.WaitForURLOptions()
                    .setTimeout(Duration.ofSeconds(KortaSessioner.INAKTIV_SEKUNDER * 4L).toMillis()));
            var efter = Duration.ofNanos(System.nanoTime() - start);
            Assertions.assertThat(efter).as("not before the idle time").isGreaterThanOrEqualTo(
                    Duration.ofSeconds(KortaSessioner.INAKTIV_SEKUNDER - 1));
            fonster.vantaPaVaadin();
            assertThat(sida.getByText("Din inloggning har gått ut. Logga in igen för att fortsätta.")).isVisible();

            fonster.oppna("uppgifter");
            assertThat(sida).hasURL(Vaadinfalt.slutarMed("/login"));
            Assertions.assertThat(fonster.cspBrott()).isZero();
            // the heartbeat that found the session ended is refused (that is how Vaadin's client learns it, and
            // Chromium reports the refused request on the console); anything else on the console or the page fails
            Assertions.assertThat(fonster.tommaFel())
                    .filteredOn(fel -> !(fel.contains("Failed to load resource") && fel.matches("(?s).*status of 4\\d\\d.*")))
                    .isEmpty();
        }
    }
}
