package se.uppdrag.notification;

import org.jspecify.annotations.Nullable;
import se.uppdrag.personer.EmailAddress;
import se.uppdrag.personer.Person;
import se.uppdrag.personer.PersonId;

/** Who a mail goes to: a person from the directory, or an address on a distribution list. */
public record Adressat(@Nullable PersonId personId, String namn, EmailAddress epost) {

    public static Adressat av(Person person) {
        if (person.epost() == null) {
            throw new IllegalArgumentException(person.namn() + " saknar e-postadress");
        }
        return new Adressat(person.id(), person.namn(), person.epost());
    }
}
