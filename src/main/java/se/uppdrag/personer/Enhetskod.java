package se.uppdrag.personer;

import java.util.Locale;
import java.util.regex.Pattern;

/** A unit's short code, unique in the tree ("RS", "HSF-IT"): letters, digits, dash, dot or underscore, upper case. */
public record Enhetskod(String value) {

    private static final Pattern FORM = Pattern.compile("^[A-ZÅÄÖ0-9][A-ZÅÄÖ0-9_.-]{0,39}$");

    public Enhetskod {
        value = value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
        if (!FORM.matcher(value).matches()) {
            throw new KatalogFelException("kod", "katalog.fel.kod");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
