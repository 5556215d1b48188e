package se.uppdrag.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The two limits of a sign-in, before Spring Security reads it: idle longer than {@code uppdrag.session.inaktiv}
 * (Vaadin's heartbeat, which an open tab sends by itself, is no activity) or older than
 * {@code uppdrag.session.max-livslangd}. Such a session is invalidated; a page request is sent to the login page, and
 * Vaadin's own requests are answered the way its client understands as "session expired", so that it goes to the
 * login page itself ({@link Sessionsslut}). Reads the application's clock, and only the query string (never the body:
 * an upload or the login form must stay unread).
 */
final class Sessionsfilter extends OncePerRequestFilter {

    static final String UTGANGEN = "/login?utgangen";
    static final String SENAST_AKTIV = Sessionsfilter.class.getName() + ".senastAktiv";

    private final Sessionsregler regler;
    private final Clock klocka;
    private final Sakerhetslogg logg;

    Sessionsfilter(Sessionsregler regler, Clock klocka, Sakerhetslogg logg) {
        this.regler = regler;
        this.klocka = klocka;
        this.logg = logg;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var session = request.getSession(false);
        if (session != null) {
            var nu = klocka.instant();
            var slut = slut(session, nu);
            if (slut.isPresent()) {
                avsluta(session, slut.get());
                var typ = vaadinTyp(request);
                if (typ != null) {
                    // what Vaadin's client takes for "session expired" (then it goes to the login page itself): 403 to
                    // a heartbeat, 401 to any other of its requests (DefaultConnectionStateHandler). A status, not
                    // sendError: the error page is not open to anonymous visitors and would become a redirect to
                    // the login page, which the client's XHR follows and takes for a live session.
                    response.setStatus("heartbeat".equals(typ) ? HttpServletResponse.SC_FORBIDDEN
                            : HttpServletResponse.SC_UNAUTHORIZED);
                    return;
                }
                if ("GET".equals(request.getMethod())) {
                    response.sendRedirect(request.getContextPath() + UTGANGEN);
                    return;
                }
            } else if (!"heartbeat".equals(vaadinTyp(request))) {
                session.setAttribute(SENAST_AKTIV, nu);
            }
        }
        chain.doFilter(request, response);
    }

    /** Why the session is over, if it is. */
    private Optional<String> slut(HttpSession session, Instant nu) {
        try {
            var skapad = Instant.ofEpochMilli(session.getCreationTime());
            var senast = session.getAttribute(SENAST_AKTIV) instanceof Instant aktiv ? aktiv : skapad;
            if (skapad.plus(regler.maxLivslangd()).isBefore(nu)) {
                return Optional.of("inloggningen nådde sin längsta livslängd (" + regler.maxLivslangd().toHours() + " h)");
            }
            if (senast.plus(regler.inaktiv()).isBefore(nu)) {
                return Optional.of("inaktiv i mer än " + regler.inaktiv().toMinutes() + " minuter");
            }
            return Optional.empty();
        } catch (IllegalStateException redanOgiltig) {
            return Optional.empty();
        }
    }

    private void avsluta(HttpSession session, String varfor) {
        var anvandare = anvandare(session);
        try {
            session.invalidate();
        } catch (IllegalStateException redanOgiltig) {
            return;
        }
        if (anvandare != null) {
            logg.loggaFor(Sakerhetshandelse.Typ.UTLOGGNING, anvandare, "Utloggad: " + varfor);
        }
    }

    /** Vaadin's request type ({@code v-r}) from the query string, if any. */
    private static @Nullable String vaadinTyp(HttpServletRequest request) {
        var fraga = request.getQueryString();
        if (fraga == null) {
            return null;
        }
        for (var del : fraga.split("&")) {
            if (del.startsWith("v-r=")) {
                return del.substring(4);
            }
        }
        return null;
    }

    private static @Nullable String anvandare(HttpSession session) {
        return session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)
                instanceof SecurityContext kontext && kontext.getAuthentication() != null
                ? kontext.getAuthentication().getName() : null;
    }
}
