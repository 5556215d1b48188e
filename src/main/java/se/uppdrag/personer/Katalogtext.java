package se.uppdrag.personer;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.jspecify.annotations.Nullable;

/**
 * A message of the directory for the user: its key in {@code vaadin-i18n/translations*.properties} and its arguments,
 * which a view shows in the user's language ({@code getTranslation(nyckel(), argument())}). {@link #svenska()} is the
 * Swedish text, for logs and callers without a UI. A message from elsewhere that has no key (an e-mail address's own
 * check) is carried as it is, under the key {@code katalog.fel.text}.
 */
public record Katalogtext(String nyckel, Object... argument) {

    private static final String BOKSTAVLIG = "katalog.fel.text";

    public Katalogtext {
        argument = argument.clone();
    }

    @Override
    public Object[] argument() {
        return argument.clone();
    }

    /** Equal by key and arguments' values: a preview is compared with the file read again (KatalogimportService). */
    @Override
    public boolean equals(Object annan) {
        return annan instanceof Katalogtext text && nyckel.equals(text.nyckel) && java.util.Arrays.equals(argument, text.argument);
    }

    @Override
    public int hashCode() {
        return 31 * nyckel.hashCode() + java.util.Arrays.hashCode(argument);
    }

    @Override
    public String toString() {
        return svenska();
    }

    /** The message of a refused value: a directory rule's own, or another check's text as it is. */
    static Katalogtext av(IllegalArgumentException fel) {
        return fel instanceof KatalogFelException katalogfel ? katalogfel.text()
                : new Katalogtext(BOKSTAVLIG, String.valueOf(fel.getMessage()));
    }

    public String svenska() {
        return svenska(nyckel, argument);
    }

    static String svenska(String nyckel, @Nullable Object... argument) {
        try {
            var monster = ResourceBundle.getBundle("vaadin-i18n.translations", Locale.ROOT,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(nyckel);
            return new MessageFormat(monster, Locale.of("sv", "SE")).format(argument);
        } catch (MissingResourceException saknas) {
            return nyckel;
        }
    }
}
