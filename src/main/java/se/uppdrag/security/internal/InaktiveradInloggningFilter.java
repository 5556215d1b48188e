package se.uppdrag.security.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import se.uppdrag.drift.Driftfel;
import se.uppdrag.security.InloggadPrincipal;

/**
 * A login that an administrator disables stops working at once, not when its session times out: the next request of
 * its session (a click, a navigation) ends the session and is sent to the login page, where the login is refused.
 * Runs after Spring Security's filters (a plain servlet filter bean), so the signed-in user is known; one indexed
 * lookup per request of a signed-in user, by password or single sign-on alike. Role changes still apply from the next sign-in.
 *
 * <p>With the database away the lookup cannot be made: the request goes on, and its own work meets the same absent
 * database and tells the user so where they acted ("Tjänsten är tillfälligt otillgänglig"). Letting the failure out of
 * the filter gave Vaadin's client a bare HTTP 500 and the user no message at all (seen by the fault tests, Felprov).
 * Nothing can be read or stored meanwhile, so a disabled login gains nothing by it.
 */
@Component
class InaktiveradInloggningFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(InaktiveradInloggningFilter.class);

    private final AktivaInloggningar aktiva;

    InaktiveradInloggningFilter(AktivaInloggningar aktiva) {
        this.aktiva = aktiva;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var autentisering = SecurityContextHolder.getContext().getAuthentication();
        if (autentisering != null && autentisering.getPrincipal() instanceof InloggadPrincipal principal
                && !aktiv(principal.inloggad().anvandarnamn())) {
            var session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            SecurityContextHolder.clearContext();
            response.sendRedirect(request.getContextPath() + "/login");
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean aktiv(String anvandarnamn) {
        try {
            return aktiva.aktiv(anvandarnamn);
        } catch (RuntimeException fel) {
            if (Driftfel.databasenBorta(fel)) {
                log.warn("Kunde inte kontrollera att inloggningen {} är aktiv, databasen svarar inte: {}", anvandarnamn,
                        fel.getMessage());
                return true;
            }
            throw fel;
        }
    }
}
