package se.uppdrag.security.oidc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import se.uppdrag.security.Sakerhetshandelse;
import se.uppdrag.security.Sakerhetslogg;

class OidcMisslyckadTest {

    private final Sakerhetslogg logg = mock(Sakerhetslogg.class);
    private final OidcMisslyckad misslyckad = new OidcMisslyckad(logg);

    @Test
    void an_unknown_user_is_led_to_the_page_that_says_so() throws Exception {
        assertThat(leder(new OidcNekad(OidcNekad.Skal.OKAND, "okänd person"))).isEqualTo("/inloggning/okand");
        verifyNoInteractions(logg); // the matching logged it already
    }

    @Test
    void a_switched_off_login_is_led_back_to_the_login_page_with_its_message() throws Exception {
        assertThat(leder(new OidcNekad(OidcNekad.Skal.AVSTANGD, "avstängd"))).isEqualTo("/login?error=avstangd");
    }

    @Test
    void a_provider_that_cannot_be_reached_leads_back_to_the_login_page_with_the_error_and_is_logged() throws Exception {
        var fel = new OAuth2AuthenticationException(new org.springframework.security.oauth2.core.OAuth2Error("server_error"),
                new IllegalStateException("Connection refused"));

        assertThat(leder(fel)).isEqualTo("/login?error=oidc");
        verify(logg).loggaFor(org.mockito.ArgumentMatchers.eq(Sakerhetshandelse.Typ.MISSLYCKAD_INLOGGNING), isNull(),
                contains("server_error"));
    }

    private String leder(org.springframework.security.core.AuthenticationException fel) throws Exception {
        var svar = new MockHttpServletResponse();
        misslyckad.onAuthenticationFailure(new MockHttpServletRequest("GET", "/login/oauth2/code/region"), svar, fel);
        return svar.getRedirectedUrl();
    }
}
