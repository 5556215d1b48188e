package se.uppdrag.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.uppdrag.browser.BrowserTest;

/**
 * The browser's tab icon, asked for without a login from the real web server, as a browser asks for it on any page.
 * It runs with the browser tests (their JVM and server: Vaadin's servlet serves the file, which a mocked request
 * never reaches), but needs no browser.
 */
@BrowserTest
class FaviconTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void the_favicon_answers_with_an_icon_without_login() throws Exception {
        var svar = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/favicon.ico")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(svar.statusCode()).isEqualTo(200);
        assertThat(svar.headers().firstValue("Content-Type")).get().asString().startsWith("image/");
        byte[] fil;
        try (var strom = getClass().getResourceAsStream("/META-INF/resources/favicon.ico")) {
            assertThat(strom).isNotNull();
            fil = strom.readAllBytes();
        }
        assertThat(svar.body()).isEqualTo(fil);
        // an ICO file: reserved 0, type 1 (icon), and at least one image in it
        assertThat(fil).startsWith(0, 0, 1, 0);
        assertThat(fil[4] & 0xff).isPositive();
    }

    @Test
    void every_page_names_the_icon_in_its_head() throws Exception {
        var svar = sidan("/login");
        assertThat(svar.statusCode()).isEqualTo(200);
        assertThat(svar.body()).containsPattern("<link[^>]+rel=\"icon\"[^>]+href=\"favicon.ico\"|<link[^>]+href=\"favicon.ico\"[^>]+rel=\"icon\"");
    }

    @Test
    void a_page_still_needs_a_login() throws Exception {
        var svar = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/uppdrag")).build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(svar.statusCode()).as("sent to the login page").isIn(302, 303);
    }

    /**
     * The page; in development mode with changed frontend files Vaadin first answers "building the bundle" until
     * its development bundle is built (minutes on a shared machine), so this waits for the real page.
     */
    private HttpResponse<String> sidan(String sokvag) throws Exception {
        var senast = System.nanoTime() + java.time.Duration.ofMinutes(15).toNanos();
        while (true) {
            var svar = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + sokvag)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (!svar.body().contains("Building front-end development bundle") || System.nanoTime() > senast) {
                return svar;
            }
            Thread.sleep(2000);
        }
    }
}
