package se.uppdrag.notification;

import org.jspecify.annotations.Nullable;
import se.uppdrag.personer.EmailAddress;
import se.uppdrag.personer.Person;
import se.uppdrag.personer.PersonId;
import se.uppdrag.text.OgiltigtVardeException;

/** Who a mail goes to: a person from the directory, or an address on a distribution list. */
public record Adressat(@Nullable PersonId personId, String namn, EmailAddress epost) {

    public static Adressat av(Person person) {
        if (person.epost() == null) {
            throw new OgiltigtVardeException("mail.fel.saknar-epost", person.namn());
        }
        return new Adressat(person.id(), person.namn(), person.epost());
    }
}
