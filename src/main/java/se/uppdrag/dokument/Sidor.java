package se.uppdrag.dokument;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

/** The pages as they fill: the current page, how far down it is written, and the page numbers at the end. */
final class Sidor {

    static final float MARGINAL = 50;
    private static final float SIDFOT = 28;
    private static final float SIDFOT_STORLEK = 9;
    private static final float SIDHUVUD = 30;
    private static final float SIDHUVUD_STORLEK = 10;

    private final PDDocument pdf;
    private final PDRectangle format;
    private final PDResources resurser = new PDResources();
    private final List<PDPage> sidor = new ArrayList<>();
    private final List<Innehall> innehall = new ArrayList<>();
    private float y;
    private boolean tom;

    Sidor(PDDocument pdf, PDRectangle format) {
        this.pdf = pdf;
        this.format = format;
        ny();
    }

    void ny() {
        var sida = new PDPage(format);
        sida.setResources(resurser);
        sida.getCOSObject().setItem(COSName.getPDFName("Tabs"), COSName.S);
        pdf.addPage(sida);
        sidor.add(sida);
        innehall.add(new Innehall());
        y = format.getHeight() - MARGINAL;
        tom = true;
    }

    PDPage sida() {
        return sidor.getLast();
    }

    List<PDPage> sidor() {
        return List.copyOf(sidor);
    }

    /** The current page's content; anything written there makes the page no longer empty. */
    Innehall innehall() {
        tom = false;
        return innehall.getLast();
    }

    COSName namn(PDFont font) {
        return resurser.add(font);
    }

    float y() {
        return y;
    }

    void ner(float hojd) {
        y -= hojd;
    }

    float vanster() {
        return MARGINAL;
    }

    float bredd() {
        return format.getWidth() - 2 * MARGINAL;
    }

    /** The height a fresh page offers. */
    float helSida() {
        return format.getHeight() - 2 * MARGINAL;
    }

    float ledigt() {
        return y - MARGINAL;
    }

    /** Starts a new page unless the height fits on this one (or this one is still empty). */
    void behov(float hojd) {
        if (hojd > ledigt() && !tom) {
            ny();
        }
    }

    /**
     * Draws "Sida 1 av 3" at the foot of every page and the marking (if any) at its head, as pagination artifacts (not
     * read as content: the document carries the marking once as content), and writes the pages' content streams.
     */
    void avsluta(SidnummerText text, @org.jspecify.annotations.Nullable String markering, Typsnitt typsnitt) {
        for (int i = 0; i < sidor.size(); i++) {
            var rad = Teckenlista.av(text.text(i + 1, sidor.size()), Typsnitt.Vikt.NORMAL, typsnitt);
            var ut = innehall.get(i);
            if (markering != null) {
                var huvud = Teckenlista.av(markering, Typsnitt.Vikt.FET, typsnitt);
                ut.borjaArtefakt("Pagination", "Header");
                Rader.rita(ut, this::namn, huvud, SIDHUVUD_STORLEK,
                        format.getWidth() - MARGINAL - Rader.bredd(huvud, SIDHUVUD_STORLEK), format.getHeight() - SIDHUVUD, 0f);
                ut.slut();
            }
            ut.borjaArtefakt("Pagination", "Footer");
            Rader.rita(ut, this::namn, rad, SIDFOT_STORLEK, format.getWidth() - MARGINAL - Rader.bredd(rad, SIDFOT_STORLEK),
                    SIDFOT, 0.3f);
            ut.slut();
            try {
                sidor.get(i).setContents(new PDStream(pdf, new ByteArrayInputStream(ut.bytes()), COSName.FLATE_DECODE));
            } catch (IOException fel) {
                throw new UncheckedIOException(fel);
            }
        }
    }

    /** The page-number line in the document's language, e.g. "Sida {0} av {1}". */
    interface SidnummerText {
        String text(int sida, int av);
    }
}
