package se.uppdrag.security;

import java.util.Set;
import se.uppdrag.personer.PersonId;

/**
 * A login with a password chosen by the person setting it up outside the application (the first administrator from
 * the environment, test casts). The password follows {@link Losenordsregler}; it is hashed with bcrypt before it is
 * stored. Administrators create logins without a password ({@link NyInloggning}): the person sets it from a link.
 */
public record NyAnvandare(String anvandarnamn, String losenord, PersonId personId, Set<String> roller) {

    public NyAnvandare {
        anvandarnamn = Anvandarnamn.kontrollera(anvandarnamn);
        Losenordsregler.kontrollera(losenord, anvandarnamn);
        roller = Set.copyOf(roller);
    }

    @Override
    public String toString() {
        return "NyAnvandare[" + anvandarnamn + ", " + personId + ", " + roller + "]";
    }
}
