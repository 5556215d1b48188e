package se.uppdrag.security;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.uppdrag.personer.EmailAddress;
import se.uppdrag.personer.NyPerson;
import se.uppdrag.personer.Personinskrivning;
import se.uppdrag.security.internal.AnvandareEntity;
import se.uppdrag.security.internal.AnvandareRepository;

/**
 * What the system itself does with logins, for no signed-in user: the first administrator of a new installation, from
 * the environment. Not method-secured, and it borrows no one's identity: the security log records it as "systemet".
 * Views never use it (ArchitectureTest); administrators work through {@link AnvandareService}.
 */
@Component
@Transactional
public class Systemkonton {

    private final AnvandareRepository repository;
    private final Personinskrivning personer;
    private final PasswordEncoder passwordEncoder;
    private final Sakerhetslogg logg;

    Systemkonton(AnvandareRepository repository, Personinskrivning personer, PasswordEncoder passwordEncoder, Sakerhetslogg logg) {
        this.repository = repository;
        this.personer = personer;
        this.passwordEncoder = passwordEncoder;
        this.logg = logg;
    }

    /**
     * Creates the first administrator (a person in the directory and a login with every role) when there is no login at
     * all; returns whether it did. The password must follow {@link Losenordsregler} ({@link Regelbrott} otherwise).
     */
    public boolean skapaForstaAdministratorn(String anvandarnamn, String losenord, String namn, @Nullable EmailAddress epost) {
        if (repository.count() > 0) {
            return false;
        }
        Losenordsregler.kontrollera(losenord, anvandarnamn, epost == null ? null : epost.value());
        var person = personer.skrivIn(new NyPerson(namn, "administratör", null, epost));
        var ny = new NyAnvandare(anvandarnamn, losenord, person.id(),
                Set.of(Roller.ANVANDARE, Roller.HANDLAGGARE, Roller.REGISTRATOR, Roller.ADMINISTRATOR));
        repository.save(new AnvandareEntity(ny.anvandarnamn(), passwordEncoder.encode(ny.losenord()), person.id().value(), ny.roller()));
        logg.loggaFor(Sakerhetshandelse.Typ.ADMINISTRATION, "systemet",
                "Den första administratören " + ny.anvandarnamn() + " skapades från installationens miljö");
        return true;
    }
}
