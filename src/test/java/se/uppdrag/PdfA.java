package se.uppdrag;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;

/**
 * Validates a PDF with veraPDF against PDF/A-2a (archival, tagged) and PDF/UA-1 (accessible): the two standards the
 * application's documents claim in their XMP metadata.
 */
public final class PdfA {

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private PdfA() {
    }

    /** The violations of the document, as "PDFA_2_A 6.2.11.4.1-1: message (where)"; empty when it conforms to both. */
    public static List<String> fel(byte[] pdf) throws Exception {
        var fel = new ArrayList<String>();
        var flavours = List.of(PDFAFlavour.PDFA_2_A, PDFAFlavour.PDFUA_1);
        try (var parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFA_2_A);
                var validator = Foundries.defaultInstance().createValidator(flavours)) {
            var resultat = validator.validateAll(parser);
            if (resultat.size() != flavours.size()) {
                fel.add("veraPDF validated " + resultat.size() + " of " + flavours.size() + " flavours");
            }
            for (var r : resultat) {
                if (!r.getJobEndStatus().name().equals("NORMAL")) {
                    fel.add(r.getPDFAFlavour() + ": validation ended " + r.getJobEndStatus());
                }
                r.getTestAssertions().stream().filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                        .map(a -> r.getPDFAFlavour() + " " + a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber()
                                + ": " + a.getMessage() + " (" + a.getLocation().getContext() + ")")
                        .distinct().forEach(fel::add);
                if (!r.isCompliant() && fel.isEmpty()) {
                    fel.add(r.getPDFAFlavour() + ": not compliant");
                }
            }
        }
        return fel;
    }
}
