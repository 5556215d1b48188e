package se.uppdrag.security;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A refused login or password change: the message key for the view (which shows it at the field, in the user's
 * language) and, as the exception's message, the Swedish text for logs and callers without a UI.
 */
public class Regelbrott extends IllegalArgumentException {

    private final String nyckel;
    private final transient Object[] argument;

    public Regelbrott(String nyckel, Object... argument) {
        super(svenska(nyckel, argument));
        this.nyckel = nyckel;
        this.argument = argument.clone();
    }

    public String nyckel() {
        return nyckel;
    }

    public Object[] argument() {
        return argument.clone();
    }

    private static String svenska(String nyckel, Object... argument) {
        try {
            var monster = ResourceBundle.getBundle("vaadin-i18n.translations", Locale.ROOT,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(nyckel);
            return new MessageFormat(monster, Locale.of("sv", "SE")).format(argument);
        } catch (MissingResourceException saknas) {
            return nyckel;
        }
    }
}
