package se.uppdrag.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import se.uppdrag.text.OtillatetLageException;

/**
 * The rules for every password a person chooses (OWASP ASVS 5.0 V6.2): at least 12 characters; at most 72 bytes in
 * UTF-8, because bcrypt ignores everything after the 72nd byte (refused rather than silently cut, so what the person
 * typed is what protects the login); not among the commonly breached passwords shipped in
 * {@code losenord/vanliga-losenord.txt} (compared without regard to case); and not the username or e-mail address.
 */
public final class Losenordsregler {

    public static final int MINST_TECKEN = 12;
    public static final int HOGST_BYTE = 72;

    private Losenordsregler() {
    }

    /**
     * Refuses the password with a {@link Regelbrott} at the first rule it breaks.
     *
     * @param personligt the username, e-mail address and the like that the password must not be
     */
    public static void kontrollera(String losenord, String... personligt) {
        if (losenord == null || losenord.codePointCount(0, losenord.length()) < MINST_TECKEN) {
            throw new Regelbrott("losenord.fel.kort", MINST_TECKEN);
        }
        if (losenord.getBytes(StandardCharsets.UTF_8).length > HOGST_BYTE) {
            throw new Regelbrott("losenord.fel.langt", HOGST_BYTE);
        }
        var jamfort = losenord.strip().toLowerCase(Locale.ROOT);
        if (Lista.VANLIGA.contains(jamfort)) {
            throw new Regelbrott("losenord.fel.vanligt");
        }
        if (Arrays.stream(personligt).filter(Objects::nonNull).map(p -> p.strip().toLowerCase(Locale.ROOT))
                .anyMatch(p -> !p.isEmpty() && (p.equals(jamfort) || lokaldel(p).equals(jamfort)))) {
            throw new Regelbrott("losenord.fel.personligt");
        }
    }

    private static String lokaldel(String epost) {
        var snabel = epost.indexOf('@');
        return snabel > 0 ? epost.substring(0, snabel) : epost;
    }

    /** Loaded once, on first use. */
    private static final class Lista {

        static final Set<String> VANLIGA = las();

        private static Set<String> las() {
            var stream = Losenordsregler.class.getResourceAsStream("/losenord/vanliga-losenord.txt");
            if (stream == null) {
                throw new OtillatetLageException("losenord.fel.lista-saknas");
            }
            try (var in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                var lista = new HashSet<String>(65_536);
                in.lines().map(rad -> rad.strip().toLowerCase(Locale.ROOT)).filter(rad -> !rad.isEmpty()).forEach(lista::add);
                return Set.copyOf(lista);
            } catch (IOException fel) {
                throw new UncheckedIOException(fel);
            }
        }
    }
}
