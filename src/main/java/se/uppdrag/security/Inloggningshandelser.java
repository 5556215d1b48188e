package se.uppdrag.security;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Spring Security's authentication events into the throttle and the audit log: a wrong password (or an unknown name,
 * which Spring Security reports the same way) counts a failure, a success clears the name's count; every one of them
 * and every logout is an audit event.
 */
@Component
class Inloggningshandelser {

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
        if (!(handelse instanceof AuthenticationFailureBadCredentialsEvent)
                && !(handelse.getException() instanceof InloggningSparradException)) {
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

    @EventListener
    void utloggad(LogoutSuccessEvent handelse) {
        logg.loggaFor(Sakerhetshandelse.Typ.UTLOGGNING, handelse.getAuthentication().getName(), "Utloggad");
    }
}
