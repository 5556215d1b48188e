package se.uppdrag.personer;

import se.uppdrag.text.OgiltigtVardeException;

/** Identity of a person in the directory. */
public record PersonId(long value) implements java.io.Serializable {

    public PersonId {
        if (value <= 0) {
            throw new OgiltigtVardeException("katalog.fel.person-id");
        }
    }
}
