package se.uppdrag.personer;

import org.jspecify.annotations.Nullable;
import se.uppdrag.text.HarMeddelande;
import se.uppdrag.text.Meddelande;

/**
 * A message of the directory for the user: its key in {@code vaadin-i18n/translations*.properties} and its arguments,
 * which a view shows in the user's language ({@code getTranslation(nyckel(), argument())}). {@link #svenska()} is the
 * Swedish text, for logs and callers without a UI (the bundle lookup is {@link Meddelande}'s). A refusal from
 * elsewhere keeps its own key where it carries one ({@link HarMeddelande}); one without is carried as it is, under the
 * key {@code katalog.fel.text}.
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

    /** The message of a refused value: a directory rule's own, another check's key, or its text as it is. */
    static Katalogtext av(IllegalArgumentException fel) {
        return switch (fel) {
            case KatalogFelException katalogfel -> katalogfel.text();
            case HarMeddelande med -> new Katalogtext(med.meddelande().nyckel(), med.meddelande().argument());
            default -> new Katalogtext(BOKSTAVLIG, String.valueOf(fel.getMessage()));
        };
    }

    /** The same message as a {@link Meddelande}, for {@code Meddelande.text(fel, this::getTranslation)}. */
    public Meddelande meddelande() {
        return new Meddelande(nyckel, argument);
    }

    public String svenska() {
        return svenska(nyckel, argument);
    }

    static String svenska(String nyckel, @Nullable Object... argument) {
        return new Meddelande(nyckel, argument).svenska();
    }
}
