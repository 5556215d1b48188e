package se.uppdrag;

import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.springframework.test.context.DynamicPropertyRegistry;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real OpenID Connect provider for the tests (navikt's mock-oauth2-server), on a free port, one per test JVM. Its
 * login page asks for a subject and the claims as JSON, as a person types them in the browser test.
 */
public final class OidcLeverantor {

    public static final String ISSUER = "region";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static MockOAuth2Server server;

    private OidcLeverantor() {
    }

    public static synchronized MockOAuth2Server server() {
        if (server == null) {
            server = new MockOAuth2Server(new OAuth2Config(true));
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::shutdown));
        }
        return server;
    }

    public static String issuer() {
        return server().issuerUrl(ISSUER).toString();
    }

    /** For {@code @DynamicPropertySource}: the application's issuer is this provider. */
    public static void egenskaper(DynamicPropertyRegistry egenskaper) {
        egenskaper.add("uppdrag.oidc.issuer-uri", OidcLeverantor::issuer);
    }

    /** The next ID token the provider issues was issued two hours ago and expired an hour ago. */
    public static void nastaIdTokenHarGattUt() {
        var utfardad = java.time.Instant.now().minusSeconds(7200).getEpochSecond();
        server().enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER, "utgangen", "JWT", null,
                Map.of("iat", utfardad, "nbf", utfardad, "auth_time", utfardad), -3600));
    }

    /** The claims as the login page's JSON field takes them: e-mail, name and groups. */
    public static String claims(String epost, String namn, String... grupper) {
        return JSON.writeValueAsString(Map.of("email", epost, "name", namn, "groups", List.of(grupper)));
    }
}
