package se.uppdrag.security;

import org.jspecify.annotations.Nullable;
import se.uppdrag.personer.Person;
import se.uppdrag.security.internal.AnvandareEntity;

/** Turns a stored login and its person into what the administrators see. */
final class Inloggningar {

    private Inloggningar() {
    }

    static Inloggning av(AnvandareEntity anvandare, @Nullable Person person) {
        return new Inloggning(anvandare.id(), anvandare.username(), new se.uppdrag.personer.PersonId(anvandare.personId()),
                person == null ? "" : person.namn(), person == null ? null : person.epost(), anvandare.roller(),
                anvandare.enabled());
    }
}
