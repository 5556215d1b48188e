package se.uppdrag;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Pattern;

/** One browser over plain HTTP to the application on a port: its own cookies, never following redirects. */
public final class Webblasare {

    /** The CSRF token in the meta tags of Vaadin's login page. */
    public static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    public final HttpClient klient = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    private final int port;

    public Webblasare(int port) {
        this.port = port;
    }

    public HttpResponse<String> hamta(String vag, String... huvuden) throws Exception {
        var fraga = HttpRequest.newBuilder(URI.create("http://localhost:" + port + vag));
        if (huvuden.length > 0) {
            fraga.headers(huvuden);
        }
        return klient.send(fraga.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The token of this browser's session, from the login page's meta tags (as Vaadin's login form reads it). */
    public String csrfToken(String... huvuden) throws Exception {
        var sida = hamta("/login", huvuden);
        var traff = CSRF.matcher(sida.body());
        assertThat(traff.find()).as("Vaadin's login page carries the CSRF token: %s", sida.body()).isTrue();
        return traff.group(1);
    }

    public HttpResponse<String> loggaIn(String anvandare, String losenord, String token, String... huvuden) throws Exception {
        var formular = "username=" + kod(anvandare) + "&password=" + kod(losenord) + (token == null ? "" : "&_csrf=" + kod(token));
        var fraga = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formular));
        if (huvuden.length > 0) {
            fraga.headers(huvuden);
        }
        return klient.send(fraga.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Signs in through the login page as a person of the test cast. */
    public Webblasare loggaIn(TestFolk folk, String roll) throws Exception {
        var svar = loggaIn(folk.anvandarnamn(roll), TestFolk.LOSENORD, csrfToken());
        assertThat(svar.statusCode()).as("login of %s", roll).isEqualTo(302);
        return this;
    }

    public boolean inloggad() throws Exception {
        return hamta("/uppgifter").statusCode() == 200;
    }

    private static String kod(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
