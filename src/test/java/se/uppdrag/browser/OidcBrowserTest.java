package se.uppdrag.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import se.uppdrag.OidcLeverantor;
import se.uppdrag.TestFolk;
import se.uppdrag.TestKonfiguration;

/**
 * Single sign-on in Chromium, the whole authorization-code flow: the login page's button, the provider's own login
 * page (mock-oauth2-server: a subject and the claims typed in as JSON), and back. Its own application context (the
 * provider's properties), so not a {@link BrowserTestBase}; the same rule holds: any page, console or server error
 * fails the test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "uppdrag.base-url=" + BrowserTest.PUBLIK_ADRESS,
        "vaadin.devmode.devTools.enabled=false",
        "vaadin.launch-browser=false",
        "uppdrag.oidc.enabled=true",
        "uppdrag.oidc.client-id=uppdrag",
        "uppdrag.oidc.client-secret=hemligt",
        "uppdrag.oidc.namn=Region Exempels inloggning",
        "uppdrag.oidc.roller.claim=groups",
        "uppdrag.oidc.roller.handlaggare=uppdrag-handlaggare"})
@Import(TestKonfiguration.class)
@ExtendWith({se.uppdrag.EgenSakerhetskontext.class, Chromium.Extension.class})
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OidcBrowserTest {

    @DynamicPropertySource
    static void leverantoren(DynamicPropertyRegistry egenskaper) {
        OidcLeverantor.egenskaper(egenskaper);
    }

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext beans;

    private final List<Fonster> fonster = new ArrayList<>();
    private Chromium chromium;
    private Serverlogg serverlogg;
    private TestFolk folk;

    @BeforeAll
    void start(Chromium chromium) throws Exception {
        this.chromium = chromium;
        serverlogg = Serverlogg.lyssna();
        try (var klient = java.net.http.HttpClient.newHttpClient()) {
            var sida = klient.send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create("http://localhost:" + port + "/login")).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString()).body();
            Assertions.assertThat(sida).as("The browser tests drive the production bundle: ./mvnw verify -Pproduction")
                    .contains("VAADIN/build/indexhtml").doesNotContain("@vite/client");
        }
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
        folk = TestFolk.nytt(beans);
    }

    @Test
    void a_known_user_signs_in_through_the_provider_and_lands_on_mina_uppgifter_with_the_mapped_role() {
        var medlem = folk.person(TestFolk.MEDLEM); // a plain user in Uppdrag; the provider's group makes them handläggare

        var sida = loggaInHosLeverantoren("medlem", OidcLeverantor.claims(medlem.epost().value(), medlem.namn(),
                "uppdrag-handlaggare", "alla-anstallda"));

        assertThat(sida.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)).first())
                .hasText("Mina uppgifter");
        assertThat(sida.locator(".inloggad")).hasText(medlem.namn());
        assertThat(sida.getByRole(AriaRole.NAVIGATION).getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("Nytt uppdrag").setExact(true))).isVisible();
    }

    @Test
    void an_unknown_user_lands_on_the_swedish_page_that_says_so_and_is_not_signed_in() {
        var sida = loggaInHosLeverantoren("okand", OidcLeverantor.claims("okand." + System.nanoTime()
                + "@regionexempel.se", "Okänd Person", "uppdrag-handlaggare"));

        assertThat(sida).hasURL(Vaadinfalt.slutarMed("/inloggning/okand"));
        assertThat(sida.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Du är inte registrerad i Uppdrag");
        assertThat(sida.getByText("Kontakta administratören för Uppdrag", new Page.GetByTextOptions())).isVisible();

        sida.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Till inloggningssidan")).click();
        assertThat(sida).hasURL(Vaadinfalt.slutarMed("/login"));
    }

    @Test
    void an_expired_id_token_is_refused_and_the_login_page_says_the_sign_in_failed() {
        var medlem = folk.person(TestFolk.MEDLEM);
        OidcLeverantor.nastaIdTokenHarGattUt();

        var sida = loggaInHosLeverantoren("utgangen", OidcLeverantor.claims(medlem.epost().value(), medlem.namn()));

        assertThat(sida).hasURL(Vaadinfalt.slutarMed("/login?error=oidc"));
        assertThat(sida.getByRole(AriaRole.ALERT)).containsText("Inloggningen misslyckades eller avbröts");
        assertThat(sida.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logga in med Region Exempels inloggning")))
                .isVisible();
    }

    /** The login page's button, the provider's form filled in with the mouse, and back in the application. */
    private Page loggaInHosLeverantoren(String subjekt, String claims) {
        var nytt = new Fonster(chromium, "http://localhost:" + port);
        fonster.add(nytt);
        // the provider's own page asks Google for a web font, which a closed network never answers (a console error)
        nytt.sida().route(java.util.regex.Pattern.compile("^https?://fonts\\.(googleapis|gstatic)\\.com/.*"),
                route -> route.fulfill(new com.microsoft.playwright.Route.FulfillOptions().setStatus(200)
                        .setContentType("text/css").setBody("")));
        var sida = nytt.oppna("login").sida();
        sida.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logga in med Region Exempels inloggning")).click();
        sida.waitForURL(url -> url.startsWith(OidcLeverantor.issuer()));
        sida.locator("input[name=username]").fill(subjekt);
        sida.locator("textarea[name=claims]").fill(claims);
        sida.locator("input[type=submit]").click();
        sida.waitForURL(url -> url.startsWith("http://localhost:" + port) && !url.contains("/oauth2/"));
        nytt.vantaPaVaadin();
        return sida;
    }

    @AfterEach
    void ingaFelISidanKonsolenEllerServern() {
        var fel = new ArrayList<String>();
        fonster.forEach(oppet -> fel.addAll(oppet.tommaFel()));
        fel.addAll(serverlogg.tomma().stream().map(rad -> "server ERROR: " + rad).toList());
        Assertions.assertThat(fel).as("errors in the browser or on the server during the test").isEmpty();
    }

    @AfterAll
    void stang() {
        fonster.forEach(Fonster::close);
        TestFolk.loggaUt();
    }
}
