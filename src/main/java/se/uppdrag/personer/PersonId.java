package se.uppdrag.personer;

/** Identity of a person in the directory. */
public record PersonId(long value) implements java.io.Serializable {

    public PersonId {
        if (value <= 0) {
            throw new IllegalArgumentException("Ett person-id måste vara positivt");
        }
    }
}
