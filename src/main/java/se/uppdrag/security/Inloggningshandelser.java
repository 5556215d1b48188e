package se.uppdrag.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.stereotype.Component;
import se.uppdrag.drift.Driftfel;

/**
 * Spring Security's authentication events into the throttle and the audit log: a wrong password (or an unknown name,
 * which Spring Security reports the same way) counts a failure, a success clears the name's count; every one of them
 * and every logout (as the logout handler) is an audit event.
 */
@Component
class Inloggningshandelser implements LogoutHandler {

    private final Inloggningsskydd skydd;
    private final Sakerhetslogg logg;

    Inloggningshandelser(Inloggningsskydd skydd, Sakerhetslogg logg) {
        this.skydd = skydd;
        this.logg = logg;
    }

    @EventListener
    void felLosenord(AuthenticationFailureBadCredentialsEvent handelse) {
        var namn = handelse.getAuthentication().getName();
        logg.loggaFor(Sakerhetshandelse.Typ.MISSLYCKAD_INLOGGNING, namn, "Fel användarnamn eller lösenord");
        skydd.misslyckades(namn, SparrkontrolleradInloggning.adress(handelse.getAuthentication()));
    }

    @EventListener
    void annatFel(AbstractAuthenticationFailureEvent handelse) {
        // a refusal by the throttle is logged where it happens (Spring Security publishes no event for it)
        // nor can a sign-in that failed because the database is away be logged there (the application log has it)
        if (!(handelse instanceof AuthenticationFailureBadCredentialsEvent)
                && !(handelse.getException() instanceof InloggningSparradException)
                && !Driftfel.databasenBorta(handelse.getException())) {
            logg.loggaFor(Sakerhetshandelse.Typ.MISSLYCKAD_INLOGGNING, handelse.getAuthentication().getName(),
                    "Inloggningen nekades: " + handelse.getException().getClass().getSimpleName());
        }
    }

    @EventListener
    void lyckades(AuthenticationSuccessEvent handelse) {
        var namn = handelse.getAuthentication().getName();
        skydd.lyckades(namn);
        logg.loggaFor(Sakerhetshandelse.Typ.INLOGGNING, namn, "Inloggad");
    }

    /** Vaadin's logout (the menu's "Logga ut") and POST /logout both run this handler (SecurityConfig adds it). */
    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response, @Nullable Authentication vem) {
        if (vem != null) {
            logg.loggaFor(Sakerhetshandelse.Typ.UTLOGGNING, vem.getName(), "Utloggad");
        }
    }
}
