package se.uppdrag.security;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import se.uppdrag.security.internal.SakerhetshandelseEntity;
import se.uppdrag.security.internal.SakerhetshandelseRepository;

/**
 * Writes the security audit log: a row in {@code sakerhetshandelse} and a line on the logger {@code uppdrag.sakerhet}
 * (for a region's SIEM). Who is the logged-in user unless given; from where is the client address of the current
 * request (behind a proxy the forwarded one, see the forwarded-headers setting). Runs in its own transaction, so that
 * a refused action is still recorded when the action's transaction rolls back.
 */
@Component
@Transactional(propagation = Propagation.REQUIRES_NEW)
public class Sakerhetslogg {

    private static final Logger log = LoggerFactory.getLogger("uppdrag.sakerhet");
    private final SakerhetshandelseRepository repository;
    private final java.time.Clock klocka;

    Sakerhetslogg(SakerhetshandelseRepository repository, java.time.Clock klocka) {
        this.repository = repository;
        this.klocka = klocka;
    }

    /** An event by the logged-in user (or "systemet" outside a login). */
    public void logga(Sakerhetshandelse.Typ typ, String beskrivning) {
        loggaFor(typ, inloggadAnvandare(), beskrivning);
    }

    /** An event about a named account, such as a failed login, where nobody is logged in yet. */
    public void loggaFor(Sakerhetshandelse.Typ typ, @Nullable String anvandare, String beskrivning) {
        var handelse = new Sakerhetshandelse(klocka.instant(), typ, klipp(anvandare, 320), klientadress().orElse(null),
                klipp(beskrivning, 1000));
        repository.save(SakerhetshandelseEntity.av(handelse));
        log.info("{} anvandare={} adress={} {}", typ, handelse.anvandare(), handelse.adress(), handelse.beskrivning());
    }

    private static @Nullable String inloggadAnvandare() {
        var autentisering = SecurityContextHolder.getContext().getAuthentication();
        return autentisering == null || !autentisering.isAuthenticated() ? "systemet" : autentisering.getName();
    }

    private static Optional<String> klientadress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attribut) {
            return Optional.ofNullable(attribut.getRequest().getRemoteAddr());
        }
        return Optional.empty();
    }

    private static @Nullable String klipp(@Nullable String text, int max) {
        if (text == null) {
            return null;
        }
        var enRad = text.replaceAll("[\\r\\n\\t]", " ");
        return enRad.length() <= max ? enRad : enRad.substring(0, max);
    }
}
