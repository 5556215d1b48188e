package se.uppdrag.personer;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The like-pattern of a search text: lower case. */
final class Sokmonster {

    private Sokmonster() {
    }

    static String av(@Nullable String text) {
        var rensad = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return "%" + rensad + "%";
    }
}
