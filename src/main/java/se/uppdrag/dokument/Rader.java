package se.uppdrag.dokument;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Bidi;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.font.PDFont;

/** Breaks {@link Tecken} into lines at spaces, and draws a line left to right in visual (bidirectional) order. */
final class Rader {

    private Rader() {
    }

    /** The lines of a text at a size and width: broken at spaces, a word wider than the line broken anywhere. */
    static List<List<Tecken>> bryt(List<Tecken> tecken, float storlek, float maxBredd) {
        var rader = new ArrayList<List<Tecken>>();
        var rad = new ArrayList<Tecken>();
        var bredd = 0f;
        var brytpunkt = -1;
        for (var t : tecken) {
            if (t.typ() == Tecken.Typ.RADBRYTNING) {
                rader.add(trimmad(rad));
                rad = new ArrayList<>();
                bredd = 0;
                brytpunkt = -1;
                continue;
            }
            var b = t.bredd() * storlek;
            if (!rad.isEmpty() && t.typ() == Tecken.Typ.TECKEN && bredd + b > maxBredd) {
                var kvar = new ArrayList<Tecken>(brytpunkt > 0 ? rad.subList(brytpunkt, rad.size()) : List.of());
                // the space at a soft break stays on the line (invisible), so that the text reads "ord ord", not "ordord"
                rader.add(List.copyOf(brytpunkt > 0 ? rad.subList(0, brytpunkt) : rad));
                rad = kvar;
                bredd = (float) rad.stream().mapToDouble(k -> k.bredd() * storlek).sum();
                brytpunkt = -1;
            }
            if (rad.isEmpty() && t.typ() == Tecken.Typ.MELLANRUM && !rader.isEmpty()) {
                continue;
            }
            rad.add(t);
            bredd += b;
            if (t.typ() == Tecken.Typ.MELLANRUM) {
                brytpunkt = rad.size();
            }
        }
        if (!rad.isEmpty() || rader.isEmpty()) {
            rader.add(trimmad(rad));
        }
        return rader;
    }

    static float bredd(List<Tecken> rad, float storlek) {
        return (float) rad.stream().mapToDouble(t -> t.bredd() * storlek).sum();
    }

    /**
     * Draws a line with its baseline at (x, y): runs of one face as one text object, each replaced grapheme in a Span
     * whose ActualText is the original text.
     */
    static void rita(Innehall ut, Function<PDFont, COSName> namn, List<Tecken> rad, float storlek, float x, float y, float gra) {
        var visuell = visuellOrdning(rad);
        var pos = x;
        for (int i = 0; i < visuell.size(); ) {
            var t = visuell.get(i);
            if (t.ersatt()) {
                ut.borjaErsattning(t.original());
                skriv(ut, namn, t.snitt(), t.visat(), storlek, pos, y, gra);
                ut.slut();
                pos += t.bredd() * storlek;
                i++;
                continue;
            }
            var text = new StringBuilder();
            var start = pos;
            var j = i;
            for (; j < visuell.size() && !visuell.get(j).ersatt() && visuell.get(j).snitt() == t.snitt(); j++) {
                text.append(visuell.get(j).visat());
                pos += visuell.get(j).bredd() * storlek;
            }
            skriv(ut, namn, t.snitt(), text.toString(), storlek, start, y, gra);
            i = j;
        }
    }

    private static void skriv(Innehall ut, Function<PDFont, COSName> namn, Typsnitt.Snitt snitt, String text, float storlek,
            float x, float y, float gra) {
        try {
            var font = snitt.font();
            text.codePoints().forEach(font::addToSubset);
            ut.text(namn.apply(font), storlek, x, y, font.encode(text), gra);
        } catch (IOException fel) {
            throw new UncheckedIOException(fel);
        }
    }

    /** The graphemes in the order they stand on paper: right-to-left runs (Arabic, Hebrew) reversed. */
    private static List<Tecken> visuellOrdning(List<Tecken> rad) {
        var text = new StringBuilder();
        var starter = new int[rad.size()];
        for (int i = 0; i < rad.size(); i++) {
            starter[i] = text.length();
            text.append(rad.get(i).original());
        }
        if (!Bidi.requiresBidi(text.toString().toCharArray(), 0, text.length())) {
            return rad;
        }
        var bidi = new Bidi(text.toString(), Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT);
        var nivaer = new byte[rad.size()];
        for (int i = 0; i < rad.size(); i++) {
            nivaer[i] = (byte) bidi.getLevelAt(starter[i]);
        }
        var ordning = rad.toArray(new Tecken[0]);
        Bidi.reorderVisually(nivaer, 0, ordning, 0, ordning.length);
        return List.of(ordning);
    }

    private static List<Tecken> trimmad(List<Tecken> rad) {
        var slut = rad.size();
        while (slut > 0 && rad.get(slut - 1).typ() == Tecken.Typ.MELLANRUM) {
            slut--;
        }
        return List.copyOf(rad.subList(0, slut));
    }
}
