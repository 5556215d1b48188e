package se.uppdrag.security;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import se.uppdrag.personer.EmailAddress;
import se.uppdrag.personer.PersonId;

/** A login as the administrators see it: whose it is, the roles and whether it may sign in. Never a password. */
public record Inloggning(long id, String anvandarnamn, PersonId personId, String namn, @Nullable EmailAddress epost,
        Set<String> roller, boolean aktiv) {

    public Inloggning {
        roller = Set.copyOf(roller);
    }

    public boolean har(String roll) {
        return roller.contains(roll);
    }
}
