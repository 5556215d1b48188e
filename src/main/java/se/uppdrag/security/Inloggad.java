package se.uppdrag.security;

import java.util.Set;
import se.uppdrag.personer.PersonId;

/** The logged-in user: login name, the person behind it and the roles. */
public record Inloggad(String anvandarnamn, PersonId personId, String namn, Set<String> roller)
        implements java.io.Serializable {

    public Inloggad {
        roller = Set.copyOf(roller);
    }

    public boolean har(String roll) {
        return roller.contains(roll);
    }

    /** Registrators and administrators see every uppdrag. */
    public boolean serAllaUppdrag() {
        return har(Roller.REGISTRATOR) || har(Roller.ADMINISTRATOR);
    }
}
