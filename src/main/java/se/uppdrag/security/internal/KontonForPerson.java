package se.uppdrag.security.internal;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.uppdrag.personer.PersonId;

/**
 * A person's login, as single sign-on finds it: by the person, not by a login name. A login made for single sign-on
 * gets a random password nobody knows, so that it can never be used with a password.
 */
@Component
@Transactional
public class KontonForPerson {

    private static final SecureRandom SLUMP = new SecureRandom();
    private final AnvandareRepository repository;
    private final PasswordEncoder losenord;

    KontonForPerson(AnvandareRepository repository, PasswordEncoder losenord) {
        this.repository = repository;
        this.losenord = losenord;
    }

    /** A login of the person: the first enabled one, else the first one. */
    @Transactional(readOnly = true)
    public Optional<Konto> forPerson(PersonId person) {
        var konton = repository.findByPersonIdOrderById(person.value());
        return konton.stream().filter(AnvandareEntity::enabled).findFirst().or(() -> konton.stream().findFirst())
                .map(KontonForPerson::konto);
    }

    /** A new login for the person, named after the e-mail address's local part (made unique). */
    public Konto skapa(PersonId person, String epost, Set<String> roller) {
        var namn = ledigtNamn(epost.substring(0, Math.max(0, epost.indexOf('@'))));
        var hemligt = new byte[32];
        SLUMP.nextBytes(hemligt);
        var entity = repository.save(new AnvandareEntity(namn,
                losenord.encode(Base64.getEncoder().encodeToString(hemligt)), person.value(), roller));
        return konto(entity);
    }

    /** The roles the provider grants, stored so that whoever reads roles (mail to the registrators) sees them. */
    public void bytRoller(String anvandarnamn, Set<String> roller) {
        repository.findByUsername(anvandarnamn).filter(entity -> !entity.roller().equals(roller))
                .ifPresent(entity -> entity.roller(roller));
    }

    private String ledigtNamn(String lokal) {
        var bas = lokal.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]", ".");
        bas = bas.length() < 2 ? "sso." + bas : bas.substring(0, Math.min(bas.length(), 90));
        var namn = bas;
        for (var i = 2; repository.existsByUsername(namn); i++) {
            namn = bas + "-" + i;
        }
        return namn;
    }

    private static Konto konto(AnvandareEntity entity) {
        return new Konto(entity.username(), entity.enabled(), entity.roller());
    }

    /** A login: its name, whether it may be used and its roles. */
    public record Konto(String anvandarnamn, boolean aktivt, Set<String> roller) {
    }
}
