package se.uppdrag.personer;

import se.uppdrag.text.HarMeddelande;
import se.uppdrag.text.Meddelande;

/** Someone chose a person who is no longer (or not yet) active for new work. */
public class InaktivPersonException extends IllegalArgumentException implements HarMeddelande {

    private static final String NYCKEL = "katalog.fel.inaktiv-person";

    private final Person person;

    public InaktivPersonException(Person person) {
        super(meddelande(person));
        this.person = person;
    }

    public Person person() {
        return person;
    }

    /** "Anna Ek är inte längre aktiv och kan inte väljas", by key. */
    @Override
    public Meddelande meddelande() {
        return new Meddelande(NYCKEL, person.namn());
    }

    /** The Swedish text: "Anna Ek är inte längre aktiv och kan inte väljas". */
    public static String meddelande(Person person) {
        return Meddelande.svenska(NYCKEL, person.namn());
    }
}
