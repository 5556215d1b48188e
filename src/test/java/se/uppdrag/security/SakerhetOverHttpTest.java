package se.uppdrag.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import se.uppdrag.JusterbarKlocka;
import se.uppdrag.KortaSessioner;
import se.uppdrag.TestFolk;
import se.uppdrag.Webblasare;
import se.uppdrag.security.internal.SakerhetshandelseRepository;

/**
 * The security headers, the proxy, login CSRF and the idle timeout, over real HTTP to the real Tomcat (the absolute
 * lifetime: {@link SessionsfilterTest}).
 */
@KortaSessioner
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SakerhetOverHttpTest {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext beans;
    @Autowired
    JusterbarKlocka klocka;
    @Autowired
    SakerhetshandelseRepository logg;

    TestFolk folk;

    @BeforeAll
    void folk() {
        folk = TestFolk.nytt(beans);
    }

    @AfterEach
    void aterstall() {
        klocka.aterstall();
    }

    private static String sessionskaka(HttpResponse<?> svar) {
        return svar.headers().allValues("Set-Cookie").stream().filter(kaka -> kaka.startsWith("JSESSIONID=")).findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie in " + svar.headers().map()));
    }

    @Test
    void a_page_carries_the_content_security_policy_and_the_other_security_headers_but_no_hsts_over_plain_http()
            throws Exception {
        var svar = new Webblasare(port).hamta("/login");
        assertThat(svar.statusCode()).isEqualTo(200);
        assertThat(svar.body()).as("Vaadin's login view, not Spring Security's generated page").contains("VAADIN/")
                .doesNotContain("Please sign in");
        var huvuden = svar.headers();
        assertThat(huvuden.firstValue("Content-Security-Policy")).hasValue(Sakerhetshuvuden.CSP);
        assertThat(Sakerhetshuvuden.CSP).contains("frame-ancestors 'none'", "object-src 'none'", "default-src 'self'");
        assertThat(huvuden.firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
        assertThat(huvuden.firstValue("Permissions-Policy")).hasValueSatisfying(
                policy -> assertThat(policy).contains("camera=()", "microphone=()", "geolocation=()"));
        assertThat(huvuden.firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(huvuden.firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(huvuden.firstValue("Strict-Transport-Security")).isEmpty();
        var kaka = sessionskaka(svar);
        assertThat(kaka).containsIgnoringCase("SameSite=Lax").containsIgnoringCase("HttpOnly").doesNotContainIgnoringCase("Secure");
    }

    @Test
    void behind_the_tls_proxy_hsts_is_sent_the_cookie_is_secure_redirects_go_to_https_and_the_client_address_is_logged()
            throws Exception {
        String[] proxy = {"X-Forwarded-Proto", "https", "X-Forwarded-For", "203.0.113.9"};
        var webblasare = new Webblasare(port);
        var sida = webblasare.hamta("/login", proxy);
        assertThat(sida.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(
                hsts -> assertThat(hsts).contains("max-age="));
        assertThat(sessionskaka(sida)).containsIgnoringCase("Secure").containsIgnoringCase("SameSite=Lax");

        var skyddad = new Webblasare(port).hamta("/uppgifter", proxy);
        assertThat(skyddad.statusCode()).isEqualTo(302);
        assertThat(skyddad.headers().firstValue("Location")).hasValueSatisfying(
                plats -> assertThat(plats).startsWith("https://").endsWith("/login"));

        // the cookie is Secure now, so this client (plain http to the test server) would not send it back by itself
        var kaka = sessionskaka(sida).split(";")[0];
        var token = Webblasare.CSRF.matcher(sida.body()).results().findFirst().orElseThrow().group(1);
        var anvandare = folk.anvandarnamn(TestFolk.GIVARE);
        var fel = webblasare.loggaIn(anvandare, "fel-losenord", token, "X-Forwarded-Proto", "https",
                "X-Forwarded-For", "203.0.113.9", "Cookie", kaka);
        assertThat(fel.headers().firstValue("Location")).hasValueSatisfying(
                plats -> assertThat(plats).startsWith("https://").endsWith("/login?error"));
        assertThat(logg.findAll()).filteredOn(rad -> anvandare.equals(rad.till().anvandare())).singleElement()
                .satisfies(rad -> assertThat(rad.till().adress()).isEqualTo("203.0.113.9"));
    }

    @Test
    void a_cross_site_login_post_without_the_victims_token_signs_nobody_in_while_the_form_with_its_token_does()
            throws Exception {
        var anvandare = folk.anvandarnamn(TestFolk.MEDLEM);
        var offer = new Webblasare(port);
        offer.csrfToken(); // the victim's browser has a session
        var angriparensToken = new Webblasare(port).csrfToken();

        // refused with 403, which the error page (not open to anonymous visitors) turns into the way to the login page
        var utanToken = offer.loggaIn(anvandare, TestFolk.LOSENORD, null, "Origin", "https://angripare.example");
        assertThat(utanToken.headers().firstValue("Location")).hasValueSatisfying(plats -> assertThat(plats).endsWith("/login"));
        var medAnnansToken = offer.loggaIn(anvandare, TestFolk.LOSENORD, angriparensToken, "Origin", "https://angripare.example");
        assertThat(medAnnansToken.headers().firstValue("Location")).hasValueSatisfying(plats -> assertThat(plats).endsWith("/login"));
        assertThat(offer.inloggad()).isFalse();
        assertThat(logg.findAll()).as("not even a password check").noneMatch(rad -> anvandare.equals(rad.till().anvandare()));

        var formularet = offer.loggaIn(anvandare, TestFolk.LOSENORD, offer.csrfToken());
        assertThat(formularet.statusCode()).isEqualTo(302);
        assertThat(formularet.headers().firstValue("Location")).hasValueSatisfying(plats -> assertThat(plats).doesNotContain("login"));
        assertThat(offer.inloggad()).isTrue();
    }

    @Test
    void a_sign_in_idle_longer_than_the_idle_time_ends_and_heartbeats_do_not_count_as_activity() throws Exception {
        var anvandare = folk.anvandarnamn(TestFolk.BESLUTSFATTARE);
        var webblasare = new Webblasare(port);
        webblasare.loggaIn(anvandare, TestFolk.LOSENORD, webblasare.csrfToken());
        assertThat(webblasare.inloggad()).isTrue();

        klocka.flytta(Duration.ofSeconds(KortaSessioner.INAKTIV_SEKUNDER - 5));
        assertThat(webblasare.inloggad()).as("a page request is activity").isTrue();
        klocka.flytta(Duration.ofSeconds(KortaSessioner.INAKTIV_SEKUNDER - 5));
        assertThat(hjartslag(webblasare)).as("10 s after the page: the session lives").isNotEqualTo(403);
        klocka.flytta(Duration.ofSeconds(10));
        assertThat(hjartslag(webblasare)).as("Vaadin's client takes a 403 to its heartbeat for an expired session")
                .isEqualTo(403);
        // (the client then goes to the session-expired address, /login?utgangen; a page asked for now finds no session)
        var svar = webblasare.hamta("/uppgifter");
        assertThat(svar.headers().firstValue("Location")).as("idle for %d s but for a heartbeat", KortaSessioner.INAKTIV_SEKUNDER + 5)
                .hasValueSatisfying(plats -> assertThat(plats).endsWith("/login"));
        assertThat(webblasare.inloggad()).isFalse();
        assertThat(logg.findAll()).filteredOn(rad -> anvandare.equals(rad.till().anvandare()))
                .filteredOn(rad -> rad.till().typ() == Sakerhetshandelse.Typ.UTLOGGNING).singleElement()
                .satisfies(rad -> assertThat(rad.till().beskrivning()).contains("inaktiv"));
    }

    /** What an open tab sends by itself (whatever Vaadin answers it). */
    private int hjartslag(Webblasare webblasare) throws Exception {
        var fraga = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/?v-r=heartbeat&v-uiId=0"))
                .POST(HttpRequest.BodyPublishers.noBody()).build();
        return webblasare.klient.send(fraga, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
