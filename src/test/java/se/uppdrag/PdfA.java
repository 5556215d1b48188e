package se.uppdrag;

import java.nio.file.Files;
import java.util.List;
import org.apache.pdfbox.preflight.parser.PreflightParser;

/** Validates a PDF against PDF/A-1b with Apache PDFBox Preflight. */
public final class PdfA {

    private PdfA() {
    }

    /** The PDF/A-1b violations of the document, as "code: details"; empty when it conforms. */
    public static List<String> fel(byte[] pdf) throws Exception {
        var fil = Files.createTempFile("uppdrag-pdfa", ".pdf");
        try {
            Files.write(fil, pdf);
            var resultat = PreflightParser.validate(fil.toFile());
            return resultat.getErrorsList().stream().map(fel -> fel.getErrorCode() + ": " + fel.getDetails()).toList();
        } finally {
            Files.deleteIfExists(fil);
        }
    }
}
