package se.uppdrag.uppdrag.dokument;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.uppdrag.dokument.DokumentPdf;
import se.uppdrag.text.Meddelande;
import se.uppdrag.uppdrag.internal.UppdragEntity;
import se.uppdrag.uppdrag.internal.UppdragLasare;

/**
 * The uppdragshandling as PDF/A, for the download (after the service's access check) and for the distribution mail.
 */
@Component
@Transactional(readOnly = true)
public class UppdragshandlingPdf {

    private final UppdragLasare lasare;

    UppdragshandlingPdf(UppdragLasare lasare) {
        this.lasare = lasare;
    }

    /** Marked on every page when it holds information under sekretess ("Sekretess enligt 21 kap. 7 § OSL"). */
    public byte[] skriv(UppdragEntity entity) {
        var handling = lasare.handling(entity);
        var dokument = Dokumentmall.av(handling);
        var sekretess = entity.sekretess();
        if (sekretess != null) {
            dokument = dokument.medSidmarkering(sekretess.markering());
        }
        return DokumentPdf.skriv(dokument, handling.titel(), Meddelande.svenska("uppdragshandling.dokumenttyp"),
                DokumentPdf.Sida.STAENDE);
    }

    /** "Uppdragshandling RS 2026-00412.pdf", or the title while it has no diarienummer. */
    public static String filnamn(UppdragEntity entity) {
        return filnamn(entity.diarienummer(), entity.titel());
    }

    /** The file name for a diarienummer, or the title while there is none; only letters, digits and . _ - kept. */
    public static String filnamn(@org.jspecify.annotations.Nullable String diarienummer, String titel) {
        var namn = diarienummer != null ? diarienummer : titel;
        return "Uppdragshandling " + namn.replaceAll("[^\\p{L}\\p{N} ._-]", "").strip() + ".pdf";
    }
}
