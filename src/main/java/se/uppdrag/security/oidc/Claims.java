package se.uppdrag.security.oidc;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** Reads claims by name; a dot walks into a nested claim ({@code realm_access.roles}). */
final class Claims {

    private Claims() {
    }

    static Optional<String> text(Map<String, Object> claims, String namn) {
        return varden(claims, namn).stream().findFirst();
    }

    /** The claim's values: a list claim's items, a single value, or nothing; blanks are left out. */
    static List<String> varden(Map<String, Object> claims, String namn) {
        Object varde = claims;
        for (var del : namn.split("\\.")) {
            varde = varde instanceof Map<?, ?> karta ? karta.get(del) : null;
        }
        var alla = varde instanceof Collection<?> lista ? lista.stream() : Stream.ofNullable(varde);
        return alla.map(String::valueOf).map(String::strip).filter(text -> !text.isEmpty()).toList();
    }
}
