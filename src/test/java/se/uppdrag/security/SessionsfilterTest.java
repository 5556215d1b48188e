package se.uppdrag.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/** The absolute lifetime of a sign-in (12 h), however active, with the default idle time (30 min). */
class SessionsfilterTest {

    private final Sakerhetslogg logg = mock(Sakerhetslogg.class);
    private final MockHttpSession session = new MockHttpSession();

    SessionsfilterTest() {
        session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                new SecurityContextImpl(new TestingAuthenticationToken("medlem", null, "ROLE_ANVANDARE")));
    }

    /** A page request at the given time (the session was created at real time, when the test began). */
    private MockHttpServletResponse sidaVid(Instant nar) throws Exception {
        var klocka = Clock.fixed(nar, ZoneId.of("Europe/Stockholm"));
        var filter = new Sessionsfilter(new Sessionsregler(null, null), klocka, logg);
        var fraga = new MockHttpServletRequest("GET", "/uppgifter");
        fraga.setSession(session);
        var svar = new MockHttpServletResponse();
        filter.doFilter(fraga, svar, new MockFilterChain());
        return svar;
    }

    @Test
    void an_active_sign_in_lasts_twelve_hours_and_then_the_page_goes_to_the_login() throws Exception {
        var skapad = Instant.ofEpochMilli(session.getCreationTime());
        for (var minuter = 25; minuter < 12 * 60; minuter += 25) {
            var svar = sidaVid(skapad.plus(Duration.ofMinutes(minuter)));
            assertThat(svar.getRedirectedUrl()).as("after %d minutes of work", minuter).isNull();
        }
        var svar = sidaVid(skapad.plus(Duration.ofHours(12).plusMinutes(5)));
        assertThat(svar.getRedirectedUrl()).isEqualTo("/login?utgangen");
        assertThat(session.isInvalid()).isTrue();
        verify(logg).loggaFor(eq(Sakerhetshandelse.Typ.UTLOGGNING), eq("medlem"), contains("längsta livslängd"));
    }

    @Test
    void half_an_hour_idle_ends_the_sign_in() throws Exception {
        var skapad = Instant.ofEpochMilli(session.getCreationTime());
        assertThat(sidaVid(skapad.plus(Duration.ofMinutes(29))).getRedirectedUrl()).isNull();
        assertThat(sidaVid(skapad.plus(Duration.ofMinutes(60))).getRedirectedUrl()).isEqualTo("/login?utgangen");
        verify(logg).loggaFor(eq(Sakerhetshandelse.Typ.UTLOGGNING), eq("medlem"), contains("inaktiv"));
    }

    @Test
    void vaadins_own_requests_after_the_end_get_what_its_client_takes_for_session_expired() throws Exception {
        var skapad = Instant.ofEpochMilli(session.getCreationTime());
        var filter = new Sessionsfilter(new Sessionsregler(null, null),
                Clock.fixed(skapad.plus(Duration.ofHours(1)), ZoneId.of("Europe/Stockholm")), logg);
        var hjartslag = new MockHttpServletRequest("POST", "/");
        hjartslag.setQueryString("v-r=heartbeat&v-uiId=0");
        hjartslag.setSession(session);
        var svar = new MockHttpServletResponse();
        filter.doFilter(hjartslag, svar, new MockFilterChain());
        assertThat(svar.getStatus()).isEqualTo(403);

        var uidl = new MockHttpServletRequest("POST", "/");
        uidl.setQueryString("v-r=uidl&v-uiId=0");
        uidl.setSession(new MockHttpSession());
        uidl.getSession().setAttribute(Sessionsfilter.SENAST_AKTIV, skapad);
        var uidlSvar = new MockHttpServletResponse();
        filter.doFilter(uidl, uidlSvar, new MockFilterChain());
        assertThat(uidlSvar.getStatus()).isEqualTo(401);
    }
}
