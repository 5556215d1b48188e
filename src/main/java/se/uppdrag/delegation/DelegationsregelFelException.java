package se.uppdrag.delegation;

import se.uppdrag.text.OgiltigtVardeException;

/** A rule the administrator wrote breaks a rule of its own; the message belongs at {@link #falt()}. */
public class DelegationsregelFelException extends OgiltigtVardeException {

    private final String falt;

    public DelegationsregelFelException(String falt, String nyckel, Object... argument) {
        super(nyckel, argument);
        this.falt = falt;
    }

    /** delegat, enhet, beloppsgrans, giltigFran or giltigTill. */
    public String falt() {
        return falt;
    }
}
