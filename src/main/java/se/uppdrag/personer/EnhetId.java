package se.uppdrag.personer;

/** Identity of a unit in the organisation tree. */
public record EnhetId(long value) implements java.io.Serializable {

    public EnhetId {
        if (value <= 0) {
            throw new IllegalArgumentException("Ett enhets-id måste vara positivt");
        }
    }
}
