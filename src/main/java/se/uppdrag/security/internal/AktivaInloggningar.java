package se.uppdrag.security.internal;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Whether a login may still be used: asked on every request of a signed-in user by {@link InaktiveradInloggningFilter}. */
@Component
@Transactional(readOnly = true)
class AktivaInloggningar {

    private final AnvandareRepository anvandare;

    AktivaInloggningar(AnvandareRepository anvandare) {
        this.anvandare = anvandare;
    }

    boolean aktiv(String anvandarnamn) {
        return anvandare.existsByUsernameAndEnabledTrue(anvandarnamn);
    }
}
