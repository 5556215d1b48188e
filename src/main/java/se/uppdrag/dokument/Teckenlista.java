package se.uppdrag.dokument;

import java.text.BreakIterator;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Splits a text into the {@link Tecken} it is drawn with: grapheme by grapheme (so that an emoji sequence or a letter
 * with its accents stays one), in the first embedded face that has all its characters, else as a visible box. Nothing
 * visible is dropped; only control and zero-width format characters (which draw nothing) are left out.
 */
final class Teckenlista {

    private Teckenlista() {
    }

    static List<Tecken> av(String text, Typsnitt.Vikt vikt, Typsnitt typsnitt) {
        var kluster = grafem(Normalizer.normalize(text.replace("\r\n", "\n").replace('\r', '\n').replace('\t', ' '),
                Normalizer.Form.NFC));
        var former = Arabiska.former(kluster);
        var primar = typsnitt.primar(vikt);
        var tecken = new ArrayList<Tecken>();
        Tecken mellanrum = null;
        for (int i = 0; i < kluster.size(); i++) {
            var original = kluster.get(i);
            var form = former.get(i);
            if (original.equals("\n")) {
                tecken.add(new Tecken("\n", "\n", primar, 0, Tecken.Typ.RADBRYTNING));
            } else if (original.equals(" ") || Character.getType(original.codePointAt(0)) == Character.SPACE_SEPARATOR
                    && original.codePointAt(0) != '\u00A0') {
                mellanrum = mellanrum != null ? mellanrum : new Tecken(" ", " ", primar, primar.bredd(" "), Tecken.Typ.MELLANRUM);
                tecken.add(mellanrum);
            } else if (form != null && form.isEmpty()) {
                // the alef of a lam-alef ligature: drawn by the lam before it
                tecken.set(tecken.size() - 1, tecken.getLast().medOriginal(original));
            } else if (form == null) {
                tecken.add(saknas(primar).medOriginalet(original));
            } else {
                typsnitt.ritat(form, vikt, f -> ritat(f, vikt, typsnitt)).ifPresent(t -> tecken.add(t.medOriginalet(original)));
            }
        }
        return tecken;
    }

    /**
     * How a grapheme is drawn (its face and width; the original is the caller's to set), or nothing when it draws nothing:
     * the same for every occurrence in a document, so {@link Typsnitt#ritat} works it out once.
     */
    private static Optional<Tecken> ritat(String form, Typsnitt.Vikt vikt, Typsnitt typsnitt) {
        var synligt = synligt(form);
        if (synligt.isEmpty()) {
            return Optional.empty();
        }
        var snitt = typsnitt.med(synligt, vikt);
        return Optional.of(snitt == null ? saknas(typsnitt.primar(vikt))
                : new Tecken(synligt, synligt, snitt, snitt.bredd(synligt), Tecken.Typ.TECKEN));
    }

    private static Tecken saknas(Typsnitt.Snitt primar) {
        return new Tecken(Tecken.SAKNAS, Tecken.SAKNAS, primar, primar.bredd(Tecken.SAKNAS), Tecken.Typ.TECKEN);
    }

    private static List<String> grafem(String text) {
        var delar = new ArrayList<String>();
        var brytning = BreakIterator.getCharacterInstance(Locale.ROOT);
        brytning.setText(text);
        for (int start = brytning.first(), slut = brytning.next(); slut != BreakIterator.DONE; start = slut, slut = brytning.next()) {
            delar.add(text.substring(start, slut));
        }
        return delar;
    }

    /** The characters that draw something: without controls, zero-width joiners and variation selectors. */
    private static String synligt(String kluster) {
        var ut = new StringBuilder();
        kluster.codePoints().filter(k -> {
            var typ = Character.getType(k);
            return typ != Character.CONTROL && typ != Character.FORMAT && !(k >= 0xFE00 && k <= 0xFE0F)
                    && !(k >= 0xE0100 && k <= 0xE01EF);
        }).forEach(ut::appendCodePoint);
        return ut.toString();
    }
}
