package se.uppdrag.text;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.jspecify.annotations.Nullable;

/**
 * A message for the user: its key in {@code vaadin-i18n/translations*.properties} and its arguments. A view shows it
 * in the user's language ({@link #text(Oversattning)} with {@code this::getTranslation}); {@link #svenska()} is the
 * Swedish text, for logs, mails and callers without a UI.
 */
public record Meddelande(String nyckel, @Nullable Object... argument) {

    private static final Locale SVENSKA = Locale.of("sv", "SE");

    public Meddelande {
        argument = argument == null ? new Object[0] : argument.clone();
    }

    @Override
    public @Nullable Object[] argument() {
        return argument.clone();
    }

    /**
     * The text in the language of the given translation, typically a view's {@code getTranslation}. An argument that is
     * itself a message (a status's name, say) is translated the same way.
     */
    public String text(Oversattning oversattning) {
        return oversattning.text(nyckel, java.util.Arrays.stream(argument)
                .map(a -> a instanceof Meddelande inre ? inre.text(oversattning) : a).toArray());
    }

    public String svenska() {
        return text(Meddelande::svenska);
    }

    /** The Swedish text of a key, or the key itself when it is missing (a missing key shows rather than fails). */
    public static String svenska(String nyckel, @Nullable Object... argument) {
        try {
            var monster = ResourceBundle.getBundle("vaadin-i18n.translations", Locale.ROOT,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(nyckel);
            return argument == null || argument.length == 0 ? monster : new MessageFormat(monster, SVENSKA).format(argument);
        } catch (MissingResourceException saknas) {
            return nyckel;
        }
    }

    /**
     * What to tell the user about a refusal, in the language of the translation: its message by key where it carries
     * one ({@link HarMeddelande}), else its own message as it is.
     */
    public static String text(Throwable fel, Oversattning oversattning) {
        return fel instanceof HarMeddelande med ? med.meddelande().text(oversattning) : String.valueOf(fel.getMessage());
    }

    /** Equal by key and arguments' values. */
    @Override
    public boolean equals(Object annan) {
        return annan instanceof Meddelande m && nyckel.equals(m.nyckel) && Arrays.equals(argument, m.argument);
    }

    @Override
    public int hashCode() {
        return 31 * nyckel.hashCode() + Arrays.hashCode(argument);
    }

    @Override
    public String toString() {
        return svenska();
    }

    /** A translation function: a Vaadin component's {@code getTranslation(String, Object...)} fits. */
    @FunctionalInterface
    public interface Oversattning {
        String text(String nyckel, @Nullable Object... argument);
    }
}
