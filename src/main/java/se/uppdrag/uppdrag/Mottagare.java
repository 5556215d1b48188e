package se.uppdrag.uppdrag;

import org.jspecify.annotations.Nullable;
import se.uppdrag.personer.EmailAddress;
import se.uppdrag.personer.Person;
import se.uppdrag.text.OgiltigtVardeException;

/**
 * A recipient on a distribution list: a person from the directory, or an e-mail address with a name;
 * either may carry a note such as "för distribution till koncernledningen".
 */
public record Mottagare(@Nullable Person person, @Nullable EmailAddress epost, @Nullable String namn,
        @Nullable String notering) {

    public Mottagare {
        if (person == null && epost == null) {
            throw new OgiltigtVardeException("uppdrag.fel.mottagare");
        }
    }

    public static Mottagare person(Person person, @Nullable String notering) {
        return new Mottagare(person, null, null, notering);
    }

    public static Mottagare epost(EmailAddress epost, @Nullable String namn, @Nullable String notering) {
        return new Mottagare(null, epost, namn, notering);
    }

    /** "Rune Dahl för distribution till koncernledningen" as the paper document writes it. */
    public String visning() {
        var vem = person != null ? person.namn() : (namn == null || namn.isBlank() ? epost.value() : namn);
        return notering == null || notering.isBlank() ? vem : vem + " " + notering;
    }
}
