package se.uppdrag.text;

/**
 * Bad input in one field of a form: the message belongs at {@link #falt()}, the name the feature's form gives that field.
 * Each feature names its own subclass, so that its view catches only its own refusals.
 */
public abstract class FaltfelException extends OgiltigtVardeException {

    private final String falt;

    protected FaltfelException(String falt, String nyckel, Object... argument) {
        super(nyckel, argument);
        this.falt = falt;
    }

    public String falt() {
        return falt;
    }
}
