package se.uppdrag;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every message for the user goes through a key (se.uppdrag.text), so the English UI is English throughout: no
 * Swedish literal is given to an exception's constructor or to a validation helper in {@code src/main/java}.
 */
class SvenskaMeddelandenTest {

    private static final Path KALLKOD = Path.of("src/main/java");

    @Test
    void no_swedish_literal_is_given_to_an_exception_or_a_validation_message() throws IOException {
        List<String> fynd = new ArrayList<>();
        try (Stream<Path> filer = Files.walk(KALLKOD)) {
            filer.filter(fil -> fil.toString().endsWith(".java"))
                    .sorted()
                    .forEach(fil -> Skanner.skanna(las(fil)).forEach(rad -> fynd.add(fil + ":" + rad)));
        }
        assertThat(fynd).as("Swedish literals in messages (use a key via se.uppdrag.text):%n%s", String.join("\n", fynd))
                .isEmpty();
    }

    @Test
    void the_scanner_finds_a_swedish_literal_in_each_kind_of_message_and_passes_keys() {
        assertThat(Skanner.skanna("""
                class A {
                    void a() {
                        throw new IllegalArgumentException("Uppdraget är pausat");
                    }
                }
                """)).containsExactly(3);
        assertThat(Skanner.skanna("""
                class A {
                    void a(int n) {
                        throw new UppgiftNekadException(
                                "Du har " + n + " uppgifter som inte är klara");
                    }
                }
                """)).containsExactly(4);
        assertThat(Skanner.skanna("""
                class A {
                    void a(String id) { throw new IllegalStateException("Uppgift " + id + " finns inte"); }
                }
                """)).containsExactly(2);
        assertThat(Skanner.skanna("String a = Uppgiftssteg.text(varden, \"Skriv en motivering\");")).containsExactly(1);
        assertThat(Skanner.skanna("Faltfel.visa(titel, \"Titeln saknas\");")).containsExactly(1);
        assertThat(Skanner.skanna("falt.setErrorMessage(\"Välj en enhet\");")).containsExactly(1);
        assertThat(Skanner.skanna("@NotBlank(message = \"Ange en titel\") String titel;\n@Size(message = \"Högst 300 tecken\") String b;"))
                .containsExactly(1, 2);
        assertThat(Skanner.skanna("""
                class A {
                    void a() {
                        throw new OtillatetLageException("uppdrag.fel.pausat");
                        throw new OgiltigtVardeException("dokument.fel.saknas", namn);
                        log.warn("Uppgiften finns inte");
                        // throw new IllegalStateException("Uppdraget är pausat");
                        /* new IllegalArgumentException("Välj en enhet") */
                        throw new IllegalStateException("Unexpected task " + id);
                    }
                }
                """)).isEmpty();
    }

    private static String las(Path fil) {
        try {
            return Files.readString(fil);
        } catch (IOException fel) {
            throw new UncheckedIOException(fel);
        }
    }

    /** Finds, in Java source text, the lines of Swedish literals given to an exception or a validation helper. */
    static final class Skanner {

        private static final Pattern ANROP = Pattern.compile(
                "new\\s+[\\w.]*(?:Exception|Error|Refusal)\\s*\\(|\\bUppgiftssteg\\.text\\s*\\(|\\bFaltfel\\.visa\\s*\\("
                        + "|\\bsetErrorMessage\\s*\\(|\\bmessage\\s*=\\s*(?=\")");
        private static final Pattern NYCKEL = Pattern.compile("[a-z0-9]+(?:\\.[A-Za-z0-9_-]+)+");
        private static final List<String> SVENSKA_ORD = List.of(" inte", "måste", "finns", "Skriv ", "Välj ", "Uppdraget",
                "saknas", " saknar", " och ", " ska ", " kan ", " av ", " en ", " ett ", " eller ", " med ", "Ange ", "Ingen ",
                " ingen ", "Bara ", "Ogiltig", "Inloggningen");

        private Skanner() {
        }

        /** The 1-based line numbers of the offending literals, in order. */
        static List<Integer> skanna(String kalla) {
            var kod = utanKommentarer(kalla);
            List<Integer> rader = new ArrayList<>();
            Matcher anrop = ANROP.matcher(kod);
            while (anrop.find()) {
                int slut = anrop.group().endsWith("(") ? argumentensSlut(kod, anrop.end()) : litteralensSlut(kod, anrop.end());
                for (var litteral : litteraler(kod, anrop.end(), slut)) {
                    if (svensk(litteral.text())) {
                        rader.add(rad(kod, litteral.start()));
                    }
                }
            }
            return rader;
        }

        static boolean svensk(String text) {
            if (NYCKEL.matcher(text).matches()) {
                return false;
            }
            return text.chars().anyMatch(c -> "åäöÅÄÖ".indexOf(c) >= 0) || SVENSKA_ORD.stream().anyMatch(text::contains);
        }

        private record Litteral(int start, String text) {
        }

        /** The string literals between two positions (one argument list, or one annotation value). */
        private static List<Litteral> litteraler(String kod, int fran, int till) {
            List<Litteral> funna = new ArrayList<>();
            for (int i = fran; i < till; i++) {
                if (kod.charAt(i) == '\'') {
                    i = teckenSlut(kod, i);
                } else if (kod.charAt(i) == '"') {
                    int slut = strangSlut(kod, i);
                    funna.add(new Litteral(i, kod.substring(i + 1, Math.max(i + 1, slut - 1))));
                    i = slut - 1;
                }
            }
            return funna;
        }

        /** The position after the parenthesis that closes the argument list opened just before {@code fran}. */
        private static int argumentensSlut(String kod, int fran) {
            int djup = 1;
            for (int i = fran; i < kod.length(); i++) {
                char c = kod.charAt(i);
                if (c == '"') {
                    i = strangSlut(kod, i) - 1;
                } else if (c == '\'') {
                    i = teckenSlut(kod, i);
                } else if (c == '(') {
                    djup++;
                } else if (c == ')' && --djup == 0) {
                    return i;
                }
            }
            return kod.length();
        }

        private static int litteralensSlut(String kod, int fran) {
            return strangSlut(kod, fran);
        }

        /** The position after the string literal (or text block) starting at {@code start}. */
        private static int strangSlut(String kod, int start) {
            if (kod.startsWith("\"\"\"", start)) {
                int slut = kod.indexOf("\"\"\"", start + 3);
                return slut < 0 ? kod.length() : slut + 3;
            }
            for (int i = start + 1; i < kod.length(); i++) {
                char c = kod.charAt(i);
                if (c == '\\') {
                    i++;
                } else if (c == '"' || c == '\n') {
                    return i + 1;
                }
            }
            return kod.length();
        }

        /** The position of the closing quote of the character literal starting at {@code start}. */
        private static int teckenSlut(String kod, int start) {
            int i = start + 1;
            if (i < kod.length() && kod.charAt(i) == '\\') {
                i++;
            }
            int slut = kod.indexOf('\'', i + 1);
            return slut < 0 ? kod.length() : slut;
        }

        /** The source with comments blanked out (newlines kept, so line numbers stay). */
        private static String utanKommentarer(String kalla) {
            var kod = new StringBuilder(kalla);
            for (int i = 0; i < kod.length(); i++) {
                char c = kod.charAt(i);
                if (c == '"') {
                    i = strangSlut(kalla, i) - 1;
                } else if (c == '\'') {
                    i = teckenSlut(kalla, i);
                } else if (kalla.startsWith("//", i)) {
                    for (; i < kod.length() && kod.charAt(i) != '\n'; i++) {
                        kod.setCharAt(i, ' ');
                    }
                } else if (kalla.startsWith("/*", i)) {
                    int slut = kalla.indexOf("*/", i + 2);
                    slut = slut < 0 ? kod.length() : slut + 2;
                    for (; i < slut; i++) {
                        if (kod.charAt(i) != '\n') {
                            kod.setCharAt(i, ' ');
                        }
                    }
                    i--;
                }
            }
            return kod.toString();
        }

        private static int rad(String kod, int position) {
            int rad = 1;
            for (int i = 0; i < position; i++) {
                if (kod.charAt(i) == '\n') {
                    rad++;
                }
            }
            return rad;
        }
    }
}
