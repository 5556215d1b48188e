package se.uppdrag.security.oidc;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import se.uppdrag.security.Sakerhetshandelse.Typ;
import se.uppdrag.security.Sakerhetslogg;

/**
 * Where a failed single sign-on leads: an unknown user to the page that says so, a switched-off login and every
 * other failure (a refused or expired ID token, an unreachable provider) back to the login page with a message.
 * Failures the matching did not log itself are logged here, with the error code and never the token.
 */
final class OidcMisslyckad implements AuthenticationFailureHandler {

    static final String OKAND = "/inloggning/okand";
    static final String AVSTANGD = "/login?error=avstangd";
    static final String FEL = "/login?error=oidc";

    private final Sakerhetslogg logg;

    OidcMisslyckad(Sakerhetslogg logg) {
        this.logg = logg;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException fel) throws IOException {
        var mal = FEL;
        if (fel instanceof OidcNekad nekad) {
            mal = nekad.skal() == OidcNekad.Skal.AVSTANGD ? AVSTANGD : OKAND;
        } else {
            logg.loggaFor(Typ.MISSLYCKAD_INLOGGNING, null, "OpenID Connect: " + orsak(fel));
        }
        request.getSession().removeAttribute("SPRING_SECURITY_LAST_EXCEPTION");
        response.sendRedirect(request.getContextPath() + mal);
    }

    private static String orsak(AuthenticationException fel) {
        if (fel instanceof OAuth2AuthenticationException oauth2) {
            var error = oauth2.getError();
            return error.getErrorCode() + (error.getDescription() == null ? "" : ": " + error.getDescription());
        }
        return fel.getClass().getSimpleName() + (fel.getCause() == null ? "" : ": " + fel.getCause().getMessage());
    }
}
