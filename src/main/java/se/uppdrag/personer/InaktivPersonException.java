package se.uppdrag.personer;

/** Someone chose a person who is no longer (or not yet) active for new work. */
public class InaktivPersonException extends IllegalArgumentException {

    private final Person person;

    public InaktivPersonException(Person person) {
        super(meddelande(person));
        this.person = person;
    }

    public Person person() {
        return person;
    }

    /** "Anna Ek är inte längre aktiv och kan inte väljas". */
    public static String meddelande(Person person) {
        return person.namn() + " är inte längre aktiv och kan inte väljas";
    }
}
