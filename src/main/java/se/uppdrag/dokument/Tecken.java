package se.uppdrag.dokument;

/**
 * One grapheme of a text as it is drawn: the characters drawn ({@code visat}) in which face, and the characters the
 * text said ({@code original}). They differ for an Arabic letter drawn in its joined form, and for a character no
 * embedded font has, which is drawn as a visible box ({@link #SAKNAS}); the PDF then carries the original as
 * ActualText, so that it is still there for copying, search and screen readers.
 */
record Tecken(String visat, String original, Typsnitt.Snitt snitt, float bredd, Typ typ) {

    /** Drawn for a character that no embedded font has: WHITE SQUARE, the "tofu" readers know from browsers. */
    static final String SAKNAS = "\u25A1";

    enum Typ { TECKEN, MELLANRUM, RADBRYTNING }

    /** True when the drawn glyphs are not the text itself, so that the original goes into ActualText. */
    boolean ersatt() {
        return !visat.equals(original);
    }

    /** The same drawing for the text {@code original} said. */
    Tecken medOriginalet(String original) {
        return original.equals(this.original) ? this : new Tecken(visat, original, snitt, bredd, typ);
    }

    Tecken medOriginal(String merOriginal) {
        return new Tecken(visat, original + merOriginal, snitt, bredd, typ);
    }
}
