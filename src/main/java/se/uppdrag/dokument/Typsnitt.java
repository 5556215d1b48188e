package se.uppdrag.dokument;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.jspecify.annotations.Nullable;
import se.uppdrag.text.OtillatetLageException;

/**
 * The embedded fonts of one PDF: Liberation Sans (the document's face: Latin, Greek, Cyrillic, Hebrew) and DejaVu Sans
 * for what Liberation lacks (Arabic, many symbols). Both come from Maven artifacts on the classpath, are embedded as
 * subsets, and DejaVu is only loaded when a text needs it.
 */
final class Typsnitt implements Closeable {

    enum Vikt { NORMAL, FET }

    /** One embedded face and the Unicode characters it has a glyph for. */
    record Snitt(PDType0Font font, TrueTypeFont ttf) {

        boolean har(int kodpunkt) {
            try {
                return ttf.getUnicodeCmapLookup().getGlyphId(kodpunkt) != 0;
            } catch (IOException fel) {
                throw new UncheckedIOException(fel);
            }
        }

        /** The width of the text at size 1 pt. */
        float bredd(String text) {
            try {
                return font.getStringWidth(text) / 1000f;
            } catch (IOException fel) {
                throw new UncheckedIOException(fel);
            }
        }
    }

    private static final Map<String, byte[]> FILER = new ConcurrentHashMap<>();
    private static final Map<Vikt, String> PRIMARA = Map.of(Vikt.NORMAL, "liberation/LiberationSans-Regular.ttf",
            Vikt.FET, "liberation/LiberationSans-Bold.ttf");
    private static final Map<Vikt, String> RESERVER = Map.of(Vikt.NORMAL, "net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf",
            Vikt.FET, "net/sf/jasperreports/fonts/dejavu/DejaVuSans-Bold.ttf");

    private final PDDocument pdf;
    private final Map<Vikt, Snitt> primara = new EnumMap<>(Vikt.class);
    private final Map<Vikt, Snitt> reserver = new EnumMap<>(Vikt.class);
    private final List<TrueTypeFont> oppna = new ArrayList<>();
    private final Map<Vikt, Map<String, Optional<Tecken>>> ritade = new EnumMap<>(Vikt.class);

    Typsnitt(PDDocument pdf) {
        this.pdf = pdf;
    }

    Snitt primar(Vikt vikt) {
        return primara.computeIfAbsent(vikt, v -> ladda(PRIMARA.get(v)));
    }

    Snitt reserv(Vikt vikt) {
        return reserver.computeIfAbsent(vikt, v -> ladda(RESERVER.get(v)));
    }

    /**
     * How a grapheme (in its drawn form) is drawn in this document, worked out by {@code rakna} the first time only: a
     * long table repeats the same few characters tens of thousands of times.
     */
    Optional<Tecken> ritat(String form, Vikt vikt, Function<String, Optional<Tecken>> rakna) {
        var perForm = ritade.computeIfAbsent(vikt, v -> new HashMap<>());
        var ritat = perForm.get(form);
        if (ritat == null) {
            ritat = rakna.apply(form);
            perForm.put(form, ritat);
        }
        return ritat;
    }

    /** The face that has every character of the text, the document's own first; null when none has them all. */
    @Nullable Snitt med(String text, Vikt vikt) {
        if (text.codePoints().allMatch(primar(vikt)::har)) {
            return primar(vikt);
        }
        return text.codePoints().allMatch(reserv(vikt)::har) ? reserv(vikt) : null;
    }

    private Snitt ladda(String vag) {
        try {
            var ttf = new TTFParser().parse(new RandomAccessReadBuffer(FILER.computeIfAbsent(vag, Typsnitt::las)));
            oppna.add(ttf);
            return new Snitt(PDType0Font.load(pdf, ttf, true), ttf);
        } catch (IOException fel) {
            throw new UncheckedIOException(fel);
        }
    }

    private static byte[] las(String vag) {
        try (var in = Typsnitt.class.getClassLoader().getResourceAsStream(vag)) {
            if (in == null) {
                throw new OtillatetLageException("dokument.fel.typsnitt-saknas", vag);
            }
            return in.readAllBytes();
        } catch (IOException fel) {
            throw new UncheckedIOException(fel);
        }
    }

    /**
     * Embeds the glyphs used of each loaded face. PDFBox does this on save only for fonts set through its own content
     * stream class, which the writer does not use (it writes marked content itself).
     */
    void baddaIn() {
        try {
            for (var snitt : primara.values()) {
                snitt.font().subset();
            }
            for (var snitt : reserver.values()) {
                snitt.font().subset();
            }
        } catch (IOException fel) {
            throw new UncheckedIOException(fel);
        }
    }

    /** Closes the parsed fonts; call after the document is saved, since subsetting reads them. */
    @Override
    public void close() throws IOException {
        for (var ttf : oppna) {
            ttf.close();
        }
    }
}
