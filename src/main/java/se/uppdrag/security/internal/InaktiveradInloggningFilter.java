package se.uppdrag.security.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import se.uppdrag.security.InloggadPrincipal;

/**
 * A login that an administrator disables stops working at once, not when its session times out: the next request of
 * its session (a click, a navigation) ends the session and is sent to the login page, where the login is refused.
 * Runs after Spring Security's filters (a plain servlet filter bean), so the signed-in user is known; one indexed
 * lookup per request of a signed-in user, by password or single sign-on alike. Role changes still apply from the next sign-in.
 */
@Component
class InaktiveradInloggningFilter extends OncePerRequestFilter {

    private final AktivaInloggningar aktiva;

    InaktiveradInloggningFilter(AktivaInloggningar aktiva) {
        this.aktiva = aktiva;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var autentisering = SecurityContextHolder.getContext().getAuthentication();
        if (autentisering != null && autentisering.getPrincipal() instanceof InloggadPrincipal principal
                && !aktiva.aktiv(principal.inloggad().anvandarnamn())) {
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
}
