package se.uppdrag.security;

import java.util.Set;
import se.uppdrag.personer.PersonId;

/**
 * A login an administrator gives a person: username and roles, never a password. Every login has the role
 * {@link Roller#ANVANDARE}; the others are chosen.
 */
public record NyInloggning(PersonId personId, String anvandarnamn, Set<String> roller) {

    public NyInloggning {
        anvandarnamn = Anvandarnamn.kontrollera(anvandarnamn);
        roller = Roller.medAnvandare(roller);
    }
}
