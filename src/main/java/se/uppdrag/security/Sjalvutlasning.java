package se.uppdrag.security;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import se.uppdrag.security.internal.AnvandareEntity;
import se.uppdrag.security.internal.AnvandareRepository;

/**
 * Keeps the application administrable: an administrator cannot take away their own administrator role or disable
 * themselves, and the last active administrator stays one.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class Sjalvutlasning {

    private final AnvandareRepository repository;
    private final CurrentUser currentUser;

    Sjalvutlasning(AnvandareRepository repository, CurrentUser currentUser) {
        this.repository = repository;
        this.currentUser = currentUser;
    }

    void fortsattAdministrator(AnvandareEntity anvandare) {
        if (arJag(anvandare)) {
            throw new Regelbrott("inloggning.fel.egen-roll");
        }
        sistaAdministratorn(anvandare);
    }

    void fortsattAktiv(AnvandareEntity anvandare) {
        if (arJag(anvandare)) {
            throw new Regelbrott("inloggning.fel.egen-inaktivering");
        }
        sistaAdministratorn(anvandare);
    }

    private void sistaAdministratorn(AnvandareEntity anvandare) {
        if (anvandare.enabled() && anvandare.roller().contains(Roller.ADMINISTRATOR)
                && repository.antalAktivaMedRoll(Roller.ADMINISTRATOR) <= 1) {
            throw new Regelbrott("inloggning.fel.sista-administrator");
        }
    }

    private boolean arJag(AnvandareEntity anvandare) {
        return currentUser.get().filter(jag -> jag.anvandarnamn().equals(anvandare.username())).isPresent();
    }
}
