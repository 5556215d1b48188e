package se.uppdrag.plan;

import se.uppdrag.text.OgiltigtVardeException;

/** A plan the administrator wrote breaks a rule; the message belongs at {@link #falt()}. */
public class PlanFelException extends OgiltigtVardeException {

    private final String falt;

    public PlanFelException(String falt, String nyckel, Object... argument) {
        super(nyckel, argument);
        this.falt = falt;
    }

    /** namn, period, antagenAv or malomraden. */
    public String falt() {
        return falt;
    }
}
