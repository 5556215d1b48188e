package se.uppdrag.personer;

import org.jspecify.annotations.Nullable;

/** A person in the directory: name, title, unit and e-mail. A person need not have a login. */
public record Person(PersonId id, String namn, @Nullable String titel, @Nullable String enhet, @Nullable EmailAddress epost) {

    /** "Namn, titel" as the paper document writes a person. */
    public String namnOchTitel() {
        return titel == null || titel.isBlank() ? namn : namn + ", " + titel;
    }
}
