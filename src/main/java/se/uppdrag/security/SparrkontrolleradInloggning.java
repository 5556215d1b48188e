package se.uppdrag.security;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import se.uppdrag.drift.Driftfel;

/**
 * The password login, behind the throttle: while a name or an address must wait (or is locked) the attempt is refused
 * before the password is even checked, so that guessing is bounded however fast the attempts come. Wraps the provider
 * that checks passwords rather than filtering the request, so that the refusal goes through Spring Security's own
 * failure handling (the login page with its message) and any other way of signing in (OpenID Connect) is untouched.
 */
final class SparrkontrolleradInloggning implements AuthenticationProvider {

    private final AuthenticationProvider losenord;
    private final Inloggningsskydd skydd;
    private final Sakerhetslogg logg;

    SparrkontrolleradInloggning(AuthenticationProvider losenord, Inloggningsskydd skydd, Sakerhetslogg logg) {
        this.losenord = losenord;
        this.skydd = skydd;
        this.logg = logg;
    }

    @Override
    public @Nullable Authentication authenticate(Authentication forsok) {
        try {
            return provad(forsok);
        } catch (AuthenticationException nekad) {
            throw nekad;
        } catch (RuntimeException fel) {
            // the throttle's or the security log's database away: a failed sign-in for the login page to explain, not a
            // server error (the password provider wraps its own lookup's failure the same way)
            if (!Driftfel.databasenBorta(fel)) {
                throw fel;
            }
            throw new InternalAuthenticationServiceException("The sign-in could not be tried: the database does not answer", fel);
        }
    }

    private @Nullable Authentication provad(Authentication forsok) {
        var namn = forsok.getName();
        if (skydd.sparradTill(namn, adress(forsok)).isPresent()) {
            logg.loggaFor(Sakerhetshandelse.Typ.MISSLYCKAD_INLOGGNING, namn,
                    "Nekad utan lösenordsprövning: för många misslyckade inloggningar");
            throw new InloggningSparradException();
        }
        return losenord.authenticate(forsok);
    }

    @Override
    public boolean supports(Class<?> typ) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(typ);
    }

    static @Nullable String adress(Authentication forsok) {
        return forsok.getDetails() instanceof WebAuthenticationDetails detaljer ? detaljer.getRemoteAddress() : null;
    }
}
