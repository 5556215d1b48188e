package se.uppdrag.uppdrag.dokument;

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
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import se.uppdrag.uppdrag.Dokument;

/** Draws the {@link Dokument} as a PDF with embedded fonts (Liberation Sans) and searchable text. */
public final class UppdragshandlingPdf {

    private static final BaseFont REGULAR = font("liberation/LiberationSans-Regular.ttf");
    private static final BaseFont FET = font("liberation/LiberationSans-Bold.ttf");

    private UppdragshandlingPdf() {
    }

    public static byte[] skriv(Dokument dokument, String titel) {
        var ut = new ByteArrayOutputStream();
        var pdf = new Document(PageSize.A4, 60, 60, 60, 60);
        var skrivare = PdfWriter.getInstance(pdf, ut);
        pdf.addTitle(titel);
        pdf.addSubject("Uppdragshandling");
        pdf.addCreator("Uppdrag");
        skrivare.setTagged();
        pdf.open();
        var text = new Font(REGULAR, 10.5f);
        var rubrik = new Font(FET, 12);
        var huvud = new Paragraph(String.join("     ", dokument.huvud()), new Font(REGULAR, 9.5f));
        huvud.setSpacingAfter(14);
        pdf.add(huvud);
        for (var sektion : dokument.sektioner()) {
            var h = new Paragraph(sektion.rubrik(), rubrik);
            h.setSpacingBefore(10);
            h.setSpacingAfter(3);
            pdf.add(h);
            for (var block : sektion.block()) {
                pdf.add(element(block, text));
            }
        }
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
            case Dokument.Tabell tabell -> {
                var tabellen = new PdfPTable(tabell.rubriker().size());
                tabellen.setWidthPercentage(100);
                tabellen.setSpacingBefore(4);
                tabellen.setHeaderRows(1);
                var fet = new Font(FET, 10);
                tabell.rubriker().forEach(r -> tabellen.addCell(new PdfPCell(new Phrase(r, fet))));
                tabell.rader().forEach(rad -> rad.forEach(cell -> tabellen.addCell(new PdfPCell(new Phrase(cell, text)))));
                yield tabellen;
            }
        };
    }

    private static BaseFont font(String vag) {
        try (var in = UppdragshandlingPdf.class.getClassLoader().getResourceAsStream(vag)) {
            if (in == null) {
                throw new IllegalStateException("Typsnittet " + vag + " saknas");
            }
            return BaseFont.createFont(vag, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException fel) {
            throw new UncheckedIOException(fel);
        }
    }
}
