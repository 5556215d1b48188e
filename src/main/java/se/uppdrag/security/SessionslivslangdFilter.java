package se.uppdrag.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The absolute lifetime of a sign-in: a session older than {@code uppdrag.session.max-livslangd} (from its creation) is
 * invalidated before Spring Security reads it. A page request is sent to the login page; Vaadin's own requests go on
 * without the session, and Vaadin's client then goes to the login page (session expired, {@link Sessionsslut}).
 */
final class SessionslivslangdFilter extends OncePerRequestFilter {

    static final String UTGANGEN = "/login?utgangen";

    private final Duration maxLivslangd;
    private final Clock klocka;
    private final Sakerhetslogg logg;

    SessionslivslangdFilter(Duration maxLivslangd, Clock klocka, Sakerhetslogg logg) {
        this.maxLivslangd = maxLivslangd;
        this.klocka = klocka;
        this.logg = logg;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var session = request.getSession(false);
        if (session != null && forGammal(session)) {
            var anvandare = anvandare(session);
            session.invalidate();
            if (anvandare != null) {
                logg.loggaFor(Sakerhetshandelse.Typ.UTLOGGNING, anvandare,
                        "Utloggad: inloggningen nådde sin längsta livslängd (" + maxLivslangd.toHours() + " h)");
            }
            if ("GET".equals(request.getMethod()) && request.getParameter("v-r") == null) {
                response.sendRedirect(request.getContextPath() + UTGANGEN);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private boolean forGammal(HttpSession session) {
        try {
            return Instant.ofEpochMilli(session.getCreationTime()).plus(maxLivslangd).isBefore(klocka.instant());
        } catch (IllegalStateException redanOgiltig) {
            return false;
        }
    }

    private static @Nullable String anvandare(HttpSession session) {
        return session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)
                instanceof SecurityContext kontext && kontext.getAuthentication() != null
                ? kontext.getAuthentication().getName() : null;
    }
}
