package se.uppdrag.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Signing in while the database is away: the attempt fails as a sign-in that could not be tried, and the login page
 * says the service is temporarily unavailable, never that the name or password was wrong.
 */
class InloggningUtanDatabasTest {

    private static String efterMisslyckande(AuthenticationException fel) throws Exception {
        var svar = new MockHttpServletResponse();
        Inloggningskonfiguration.felhanterare().onAuthenticationFailure(new MockHttpServletRequest("POST", "/login"), svar, fel);
        return svar.getRedirectedUrl();
    }

    @Test
    void the_password_lookup_failing_for_want_of_a_connection_leads_to_the_unavailable_message() throws Exception {
        // what DaoAuthenticationProvider makes of its UserDetailsService's failure
        var fel = new InternalAuthenticationServiceException("Could not open JPA EntityManager for transaction",
                new CannotCreateTransactionException("Could not open JPA EntityManager for transaction",
                        new java.sql.SQLTransientConnectionException("HikariPool-1 - Connection is not available")));

        assertThat(efterMisslyckande(fel)).isEqualTo("/login?error&otillganglig");
    }

    @Test
    void a_wrong_password_and_a_locked_account_keep_their_messages() throws Exception {
        assertThat(efterMisslyckande(new BadCredentialsException("Bad credentials"))).isEqualTo("/login?error");
        assertThat(efterMisslyckande(new InloggningSparradException())).isEqualTo("/login?error&sparrad");
        assertThat(efterMisslyckande(new InternalAuthenticationServiceException("ett fel i koden",
                new IllegalStateException()))).isEqualTo("/login?error");
    }

    @Test
    void the_throttle_s_database_away_is_a_failed_sign_in_for_the_login_page_not_a_server_error() throws Exception {
        var skydd = mock(Inloggningsskydd.class);
        when(skydd.sparradTill(any(), any())).thenThrow(new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection"));
        var inloggning = new SparrkontrolleradInloggning(mock(AuthenticationProvider.class), skydd, mock(Sakerhetslogg.class));

        var fel = catchThrowable(() -> inloggning.authenticate(new UsernamePasswordAuthenticationToken("anna", "hemligt")));

        assertThat(fel).isInstanceOf(InternalAuthenticationServiceException.class)
                .hasCauseInstanceOf(CannotGetJdbcConnectionException.class);
        assertThat(efterMisslyckande((AuthenticationException) fel)).isEqualTo("/login?error&otillganglig");
    }
}
