package se.uppdrag.security;

import se.uppdrag.text.HarMeddelande;
import se.uppdrag.text.Meddelande;

/**
 * A refused login or password change: the message key for the view (which shows it at the field, in the user's
 * language) and, as the exception's message, the Swedish text for logs and callers without a UI.
 */
public class Regelbrott extends IllegalArgumentException implements HarMeddelande {

    private final String nyckel;
    private final transient Object[] argument;

    public Regelbrott(String nyckel, Object... argument) {
        super(Meddelande.svenska(nyckel, argument));
        this.nyckel = nyckel;
        this.argument = argument.clone();
    }

    public String nyckel() {
        return nyckel;
    }

    public Object[] argument() {
        return argument.clone();
    }

    @Override
    public Meddelande meddelande() {
        return new Meddelande(nyckel, argument);
    }
}
