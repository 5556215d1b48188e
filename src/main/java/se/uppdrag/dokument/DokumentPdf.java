package se.uppdrag.dokument;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.List;
import org.openpdf.text.ListItem;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Writes a {@link Dokument} as PDF/A-1b: fonts embedded (Liberation Sans), searchable text, sRGB output intent and
 * XMP metadata, so that the registered document can be archived as it is.
 */
public final class DokumentPdf {

    /** Page orientation: the uppdragshandling is portrait, a report with a wide table landscape. */
    public enum Sida { STAENDE, LIGGANDE }

    private static final BaseFont REGULAR = font("liberation/LiberationSans-Regular.ttf");
    private static final BaseFont FET = font("liberation/LiberationSans-Bold.ttf");

    private DokumentPdf() {
    }

    public static byte[] skriv(Dokument dokument, String titel, String amne, Sida sida) {
        var ut = new ByteArrayOutputStream();
        var pdf = new Document(sida == Sida.LIGGANDE ? PageSize.A4.rotate() : PageSize.A4, 50, 50, 50, 50);
        var skrivare = PdfWriter.getInstance(pdf, ut);
        skrivare.setPDFXConformance(PdfWriter.PDFA1B);
        pdf.addTitle(titel);
        pdf.addSubject(amne);
        pdf.addCreator("Uppdrag");
        skrivare.getExtraCatalog().put(PdfName.LANG, new PdfString("sv-SE"));
        pdf.open();
        utskriftsprofil(skrivare);
        var text = new Font(REGULAR, 10.5f);
        var huvud = new Paragraph(String.join("     ", dokument.huvud()), new Font(REGULAR, 9.5f));
        huvud.setSpacingAfter(14);
        pdf.add(huvud);
        for (var sektion : dokument.sektioner()) {
            var rubrik = new Paragraph(sektion.rubrik(), new Font(FET, 12));
            rubrik.setSpacingBefore(10);
            rubrik.setSpacingAfter(3);
            pdf.add(rubrik);
            for (var block : sektion.block()) {
                pdf.add(element(block, text));
            }
        }
        skrivare.createXmpMetadata();
        pdf.close();
        return ut.toByteArray();
    }

    private static Element element(Dokument.Block block, Font text) {
        return switch (block) {
            case Dokument.Stycke stycke -> {
                var p = new Paragraph(stycke.text(), text);
                p.setSpacingAfter(4);
                yield p;
            }
            case Dokument.Punkter punkter -> {
                var lista = new List(false, 12);
                lista.setListSymbol(new Chunk("•  ", text));
                punkter.punkter().forEach(p -> lista.add(new ListItem(p.text(), text)));
                yield lista;
            }
            case Dokument.Tabell tabell -> tabell(tabell, text);
        };
    }

    private static PdfPTable tabell(Dokument.Tabell tabell, Font text) {
        var tabellen = new PdfPTable(tabell.rubriker().size());
        tabellen.setWidthPercentage(100);
        tabellen.setSpacingBefore(4);
        tabellen.setHeaderRows(1);
        if (tabell.bredder() != null) {
            tabellen.setWidths(tabell.bredder().stream().mapToInt(Integer::intValue).toArray());
        }
        var fet = new Font(FET, 10);
        tabell.rubriker().forEach(r -> tabellen.addCell(new PdfPCell(new Phrase(r, fet))));
        tabell.rader().forEach(rad -> rad.forEach(cell -> tabellen.addCell(new PdfPCell(new Phrase(cell, text)))));
        return tabellen;
    }

    private static void utskriftsprofil(PdfWriter skrivare) {
        try {
            skrivare.setOutputIntents("sRGB IEC61966-2.1", "", "http://www.color.org", "sRGB IEC61966-2.1",
                    ICC_Profile.getInstance(ColorSpace.CS_sRGB));
        } catch (IOException fel) {
            throw new UncheckedIOException(fel);
        }
    }

    private static BaseFont font(String vag) {
        try (var in = DokumentPdf.class.getClassLoader().getResourceAsStream(vag)) {
            if (in == null) {
                throw new IllegalStateException("Typsnittet " + vag + " saknas");
            }
            return BaseFont.createFont(vag, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException fel) {
            throw new UncheckedIOException(fel);
        }
    }
}
