package se.uppdrag.personer;

import org.jspecify.annotations.Nullable;
import se.uppdrag.text.OgiltigtVardeException;

/** What is needed to add a person to the directory. */
public record NyPerson(String namn, @Nullable String titel, @Nullable String enhet, @Nullable EmailAddress epost) {

    public NyPerson {
        if (namn == null || namn.isBlank()) {
            throw new OgiltigtVardeException("katalog.fel.personnamn");
        }
        namn = namn.strip();
    }
}
