package se.uppdrag.dokument;

import java.util.Locale;

/**
 * Writes a {@link Dokument.Diagram} as SVG for the screen, laid out as in the PDF: one image ({@code role="img"}) named
 * by its text alternative ({@code aria-label} and {@code <title>}), its bars with their values written on or beside
 * them. The table after the diagram is its accessible equivalent.
 */
public final class DokumentSvg {

    private static final float BREDD = 720f;
    /** Drawn larger than on paper: at most 1.5 px a point, so that 9 pt texts read as 13.5 px. */
    private static final float SKALA = 1.5f;

    private DokumentSvg() {
    }

    public static String skriv(Dokument.Diagram diagram) {
        // Liberation Sans and Arial have the same widths; a little more than their average keeps the texts apart
        var bild = Diagrambild.av(diagram, BREDD, (text, storlek, fet) -> text.length() * storlek * (fet ? 0.6f : 0.55f));
        var ut = new StringBuilder();
        ut.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 ")
                .append(tal(bild.bredd())).append(' ').append(tal(bild.hojd())).append("\" width=\"100%\" style=\"max-width:")
                .append(tal(bild.bredd() * SKALA)).append("px\" aria-label=\"").append(xml(diagram.alt()))
                .append("\" font-family=\"'Liberation Sans', Arial, sans-serif\"><title>").append(xml(diagram.alt()))
                .append("</title>");
        var y = 0f;
        for (var band : bild.band()) {
            ut.append("<g transform=\"translate(0 ").append(tal(y)).append(")\">");
            for (var form : band.former()) {
                switch (form) {
                    case Diagrambild.Ruta r -> ut.append("<rect x=\"").append(tal(r.x())).append("\" y=\"").append(tal(r.y()))
                            .append("\" width=\"").append(tal(r.b())).append("\" height=\"").append(tal(r.h()))
                            .append("\" fill=\"").append(r.farg().hex()).append("\"><title>").append(xml(r.namn()))
                            .append("</title></rect>");
                    case Diagrambild.Text t -> ut.append("<text x=\"").append(tal(t.x())).append("\" y=\"")
                            .append(tal(t.baslinje())).append("\" font-size=\"").append(tal(t.storlek())).append('"')
                            .append(t.fet() ? " font-weight=\"bold\"" : "").append(t.mitt() ? " text-anchor=\"middle\"" : "")
                            .append(" fill=\"").append(t.ljus() ? "#FFFFFF" : "#000000").append("\">").append(xml(t.text()))
                            .append("</text>");
                }
            }
            ut.append("</g>");
            y += band.hojd();
        }
        return ut.append("</svg>").toString();
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String tal(float v) {
        var text = String.format(Locale.ROOT, "%.1f", v);
        return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
    }
}
