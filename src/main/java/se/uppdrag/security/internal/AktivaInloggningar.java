package se.uppdrag.security.internal;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.uppdrag.personer.PersonId;
import se.uppdrag.personer.Personkatalog;

/**
 * Whether a login may still be used: the login enabled and its person active in the directory today. Asked on every
 * request of a signed-in user by {@link InaktiveradInloggningFilter} (two lookups by key).
 */
@Component
@Transactional(readOnly = true)
class AktivaInloggningar {

    private final AnvandareRepository anvandare;
    private final Personkatalog personer;
    private final Clock klocka;

    AktivaInloggningar(AnvandareRepository anvandare, Personkatalog personer, Clock klocka) {
        this.anvandare = anvandare;
        this.personer = personer;
        this.klocka = klocka;
    }

    boolean aktiv(String anvandarnamn) {
        return anvandare.findByUsername(anvandarnamn).filter(AnvandareEntity::enabled)
                .flatMap(konto -> personer.hitta(new PersonId(konto.personId())))
                .filter(person -> person.arAktiv(LocalDate.now(klocka)))
                .isPresent();
    }
}
