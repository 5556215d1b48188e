package se.uppdrag.dokument;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Writes a {@link Dokument} as a tagged PDF that is both archival and accessible: PDF/A-2a and PDF/UA-1. Its
 * structure tree reads as the paper document (headings, paragraphs, lists, tables), page numbers and borders are
 * artifacts, the fonts (Liberation Sans, DejaVu Sans for what it lacks) are embedded, and a character no font has is
 * drawn as a box with the original text kept as ActualText, so nothing vanishes silently.
 */
public final class DokumentPdf {

    /** Page orientation: the uppdragshandling is portrait, a report with a wide table landscape. */
    public enum Sida { STAENDE, LIGGANDE }

    private static final Locale SVENSKA = Locale.of("sv", "SE");

    private DokumentPdf() {
    }

    /** A Swedish document (the uppdragshandling is always written in Swedish). */
    public static byte[] skriv(Dokument dokument, String titel, String amne, Sida sida) {
        return skriv(dokument, titel, amne, sida, SVENSKA);
    }

    /** A document in the given language: its /Lang and the wording of the page numbers. */
    public static byte[] skriv(Dokument dokument, String titel, String amne, Sida sida, Locale sprak) {
        try (var pdf = new PDDocument(); var typsnitt = new Typsnitt(pdf)) {
            var format = sida == Sida.LIGGANDE ? new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()) : PDRectangle.A4;
            var struktur = new Struktur(pdf);
            var sidor = new Sidor(pdf, format);
            var sattare = new Sattare(sidor, struktur, typsnitt);
            sattare.huvud(dokument.huvud());
            dokument.sektioner().forEach(sattare::sektion);
            var monster = ResourceBundle.getBundle("vaadin-i18n.translations", sprak,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString("dokument.sida");
            sidor.avsluta((nr, av) -> new MessageFormat(monster, sprak).format(new Object[] {nr, av}), dokument.sidmarkering(),
                    typsnitt);
            struktur.avsluta(sidor.sidor());
            PdfMetadata.skriv(pdf, titel, amne, sprak);
            typsnitt.baddaIn();
            var ut = new ByteArrayOutputStream();
            pdf.save(ut);
            return ut.toByteArray();
        } catch (IOException fel) {
            throw new UncheckedIOException(fel);
        }
    }
}
