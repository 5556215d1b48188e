package se.uppdrag.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import se.uppdrag.personer.PersonId;
import se.uppdrag.security.Inloggad;

class InaktiveradInloggningFilterTest {

    private final AktivaInloggningar aktiva = mock(AktivaInloggningar.class);
    private final InaktiveradInloggningFilter filter = new InaktiveradInloggningFilter(aktiva);

    private MockHttpServletRequest inloggadBegaran(String anvandarnamn) {
        var details = new UppdragUserDetails(new Inloggad(anvandarnamn, new PersonId(1), "Namn", Set.of("ANVANDARE")), "x", true);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
        var begaran = new MockHttpServletRequest("POST", "/VAADIN/uidl");
        begaran.getSession(true);
        return begaran;
    }

    @AfterEach
    void rensa() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_session_of_a_disabled_login_ends_at_its_next_request_and_goes_to_the_login_page() throws Exception {
        when(aktiva.aktiv("inaktiv")).thenReturn(false);
        var begaran = inloggadBegaran("inaktiv");
        var session = begaran.getSession(false);
        var svar = new MockHttpServletResponse();
        var kedja = new MockFilterChain();
        filter.doFilter(begaran, svar, kedja);
        assertThat(((org.springframework.mock.web.MockHttpSession) session).isInvalid()).isTrue();
        assertThat(svar.getRedirectedUrl()).isEqualTo("/login");
        assertThat(kedja.getRequest()).as("the request goes no further").isNull();
    }

    @Test
    void an_active_login_passes() throws Exception {
        when(aktiva.aktiv("aktiv")).thenReturn(true);
        var begaran = inloggadBegaran("aktiv");
        var kedja = new MockFilterChain();
        filter.doFilter(begaran, new MockHttpServletResponse(), kedja);
        assertThat(kedja.getRequest()).isSameAs(begaran);
        assertThat(begaran.getSession(false)).isNotNull();
    }

    @Test
    void with_the_database_away_the_request_goes_on_to_meet_it_and_tell_the_user_instead_of_failing_in_the_filter()
            throws Exception {
        when(aktiva.aktiv("aktiv")).thenThrow(new org.springframework.transaction.CannotCreateTransactionException(
                "Could not open JPA EntityManager for transaction",
                new java.sql.SQLTransientConnectionException("Connection is not available, request timed out after 10000ms")));
        var begaran = inloggadBegaran("aktiv");
        var kedja = new MockFilterChain();
        filter.doFilter(begaran, new MockHttpServletResponse(), kedja);
        assertThat(kedja.getRequest()).isSameAs(begaran);
        assertThat(begaran.getSession(false)).isNotNull();
    }

    @Test
    void any_other_failure_of_the_lookup_is_not_swallowed() {
        when(aktiva.aktiv("aktiv")).thenThrow(new IllegalStateException("a bug"));
        var begaran = inloggadBegaran("aktiv");
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> filter.doFilter(begaran, new MockHttpServletResponse(), new MockFilterChain()))
                .isInstanceOf(IllegalStateException.class);
    }
}
