package se.uppdrag.plan;

import se.uppdrag.text.FaltfelException;

/**
 * A plan the administrator wrote breaks a rule;
 * the message belongs at {@link #falt()}: namn, period, antagenAv or malomraden.
 */
public class PlanFelException extends FaltfelException {

    public PlanFelException(String falt, String nyckel, Object... argument) {
        super(falt, nyckel, argument);
    }
}
