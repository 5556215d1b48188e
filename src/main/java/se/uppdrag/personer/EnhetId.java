package se.uppdrag.personer;

import se.uppdrag.text.OgiltigtVardeException;

/** Identity of a unit in the organisation tree. */
public record EnhetId(long value) implements java.io.Serializable {

    public EnhetId {
        if (value <= 0) {
            throw new OgiltigtVardeException("organisation.fel.enhet-id");
        }
    }
}
