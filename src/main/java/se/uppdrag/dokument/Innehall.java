package se.uppdrag.dokument;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.apache.pdfbox.cos.COSName;

/**
 * The content stream of one page, written operator by operator: text in marked-content sequences that the structure
 * tree points to (by MCID), and everything else (lines, page numbers, repeated table headings) as artifacts.
 */
final class Innehall {

    private final StringBuilder ut = new StringBuilder();
    private int oppna;

    /** Begins content that belongs to a structure element: {@code /P <</MCID 3>> BDC}. */
    void borjaMarkerat(String tagg, int mcid) {
        ut.append('/').append(tagg).append(" <</MCID ").append(mcid).append(">> BDC\n");
        oppna++;
    }

    /** Begins glyphs that stand for other text (a joined Arabic form, a box for a missing character). */
    void borjaErsattning(String original) {
        ut.append("/Span <</ActualText ").append(utf16(original)).append(">> BDC\n");
        oppna++;
    }

    /** Begins an artifact: {@code /Artifact <</Type /Pagination /Subtype /Footer>> BDC}, or a layout artifact. */
    void borjaArtefakt(String typ, String... undertyp) {
        ut.append("/Artifact <</Type /").append(typ);
        if (undertyp.length > 0) {
            ut.append(" /Subtype /").append(undertyp[0]);
        }
        ut.append(">> BDC\n");
        oppna++;
    }

    void slut() {
        if (oppna == 0) {
            throw new IllegalStateException("EMC utan BDC");
        }
        ut.append("EMC\n");
        oppna--;
    }

    /** Shows already encoded glyphs at a baseline position, in a grey level (0 black). */
    void text(COSName font, float storlek, float x, float y, byte[] glyfer, float gra) {
        ut.append("BT\n/").append(font.getName()).append(' ').append(tal(storlek)).append(" Tf\n")
                .append(farg(gra)).append(" rg\n1 0 0 1 ").append(tal(x)).append(' ').append(tal(y)).append(" Tm\n<")
                .append(HexFormat.of().formatHex(glyfer)).append("> Tj\nET\n");
    }

    void linje(float x1, float y1, float x2, float y2, float bredd) {
        ut.append(farg(0)).append(" RG\n").append(tal(bredd)).append(" w\n").append(tal(x1)).append(' ').append(tal(y1))
                .append(" m\n").append(tal(x2)).append(' ').append(tal(y2)).append(" l\nS\n");
    }

    /** A filled rectangle, its lower left corner at (x, y). */
    void ruta(float x, float y, float bredd, float hojd, float[] rgb) {
        ut.append(tal(rgb[0])).append(' ').append(tal(rgb[1])).append(' ').append(tal(rgb[2])).append(" rg\n").append(tal(x))
                .append(' ').append(tal(y)).append(' ').append(tal(bredd)).append(' ').append(tal(hojd)).append(" re\nf\n");
    }

    byte[] bytes() {
        if (oppna != 0) {
            throw new IllegalStateException(oppna + " BDC utan EMC");
        }
        return ut.toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static String farg(float gra) {
        var v = tal(gra);
        return v + ' ' + v + ' ' + v;
    }

    private static String utf16(String text) {
        return "<FEFF" + HexFormat.of().withUpperCase().formatHex(text.getBytes(StandardCharsets.UTF_16BE)) + ">";
    }

    /**
     * A coordinate with at most two decimals, without trailing zeros: what {@code String.format("%.2f")} rounds to (half
     * up from the double's decimal form), written without a format string or regular expressions, since a page of a long
     * table writes tens of thousands of them.
     */
    static String tal(float v) {
        var text = BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
        return text.equals("-0") ? "0" : text;
    }
}
