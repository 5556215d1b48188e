package se.uppdrag.delegation;

import se.uppdrag.text.FaltfelException;

/**
 * A rule the administrator wrote breaks a rule of its own;
 * the message belongs at {@link #falt()}: delegat, enhet, beloppsgrans, giltigFran or giltigTill.
 */
public class DelegationsregelFelException extends FaltfelException {

    public DelegationsregelFelException(String falt, String nyckel, Object... argument) {
        super(falt, nyckel, argument);
    }
}
