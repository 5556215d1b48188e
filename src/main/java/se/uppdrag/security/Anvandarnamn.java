package se.uppdrag.security;

import java.text.Normalizer;
import java.util.Locale;
import se.uppdrag.personer.EmailAddress;

/** What a username may look like, and a suggestion made from a person's e-mail address. */
public final class Anvandarnamn {

    private static final String FORM = "[a-z0-9._-]{2,100}";

    private Anvandarnamn() {
    }

    public static String kontrollera(String anvandarnamn) {
        if (anvandarnamn == null || !anvandarnamn.strip().matches(FORM)) {
            throw new Regelbrott("inloggning.fel.anvandarnamn");
        }
        return anvandarnamn.strip();
    }

    /** The local part of the address (without a +tag), in lower case, without accents and characters a username may not have. */
    public static String forslag(EmailAddress epost) {
        var lokal = epost.value().substring(0, epost.value().indexOf('@')).replaceAll("\\+.*$", "");
        var utanAccenter = Normalizer.normalize(lokal.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        var forslag = utanAccenter.replaceAll("[^a-z0-9._-]", "");
        return forslag.length() > 100 ? forslag.substring(0, 100) : forslag;
    }
}
