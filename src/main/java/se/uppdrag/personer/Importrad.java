package se.uppdrag.personer;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One line of an import file and what applying it would do: a new person, which fields of an existing one change,
 * nothing, or why the line is refused ({@link #skal()}, a message for the user; {@link #orsak()} in Swedish). {@code rad} is the line number in the file, the header being 1.
 */
public record Importrad(int rad, @Nullable String anstallningsId, String namn, Importstatus status, List<String> andringar,
        @Nullable Katalogtext skal, @Nullable Personuppgifter uppgifter, @Nullable PersonId befintlig) {

    public Importrad {
        andringar = List.copyOf(andringar);
    }

    static Importrad avvisad(int rad, @Nullable String anstallningsId, String namn, Katalogtext skal) {
        return new Importrad(rad, anstallningsId, namn, Importstatus.AVVISAD, List.of(), skal, null, null);
    }

    /** Why the line is refused, in Swedish; null when it is not. */
    public @Nullable String orsak() {
        return skal == null ? null : skal.svenska();
    }
}
