package se.uppdrag.security.oidc;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import se.uppdrag.security.Sakerhetslogg;

/**
 * Single sign-on with OpenID Connect, only with {@code uppdrag.oidc.enabled=true}: the client registration from the
 * properties and the authorization-code login added to the application's one filter chain (Spring Security applies
 * every {@code Customizer<HttpSecurity>} bean to it, so {@code SecurityConfig} stays as it is).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("uppdrag.oidc.enabled")
// after success the saved request's page (a link from a mail), else the start page: Spring's default handler
class OidcKonfiguration {

    @Bean
    ClientRegistrationRepository clientRegistrationRepository(OidcEgenskaper egenskaper, Clock klocka) {
        kravs(egenskaper.issuerUri(), "uppdrag.oidc.issuer-uri (OIDC_ISSUER)");
        kravs(egenskaper.clientId(), "uppdrag.oidc.client-id (OIDC_CLIENT_ID)");
        if (egenskaper.skapaOkanda() && egenskaper.identifiering().falt() != OidcEgenskaper.Falt.EPOST) {
            throw new IllegalStateException("uppdrag.oidc.skapa-okanda=true needs uppdrag.oidc.identifiering.falt=epost:"
                    + " a person made just in time has an e-mail address but no employee id");
        }
        return new LatRegistrering(egenskaper, klocka);
    }

    @Bean
    Customizer<HttpSecurity> oidcInloggning(OidcMatchning matchning, Sakerhetslogg logg) {
        var misslyckad = new OidcMisslyckad(logg);
        return http -> http.oauth2Login(oidc -> oidc.loginPage("/login")
                .userInfoEndpoint(userInfo -> userInfo.oidcUserService(new UppdragOidcUserService(matchning)))
                .failureHandler(misslyckad)
                .withObjectPostProcessor(new ObjectPostProcessor<OAuth2AuthorizationRequestRedirectFilter>() {
                    @Override
                    public <O extends OAuth2AuthorizationRequestRedirectFilter> O postProcess(O filter) {
                        // an unreachable provider (no registration yet) leads back to the login page, not to a 500
                        filter.setAuthenticationFailureHandler(misslyckad);
                        return filter;
                    }
                }));
    }

    private static void kravs(@org.jspecify.annotations.Nullable String varde, String namn) {
        if (varde == null || varde.isBlank()) {
            throw new IllegalStateException("uppdrag.oidc.enabled=true needs " + namn);
        }
    }
}
