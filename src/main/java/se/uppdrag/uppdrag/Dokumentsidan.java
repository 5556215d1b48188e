package se.uppdrag.uppdrag;

import java.util.List;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.uppdrag.uppdrag.tidplan.TidplanService;
import se.uppdrag.uppdrag.tidplan.Tidplansbild;

/**
 * Everything the uppdrag's document page shows, read in one read-only transaction: the document, its history, its
 * follow-up, its process, versions, tidplan, sekretess marking and replacement chain, and what the user may do. The
 * services it reads through check access as they always do, but in one transaction the uppdrag row is read once (the
 * persistence context holds it) and the access decision is taken once ({@link UppdragAtkomst} remembers it for a
 * read-only transaction).
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("@uppdragAtkomst.kanLasa(#id)")
public class Dokumentsidan {

    private final UppdragService uppdrag;
    private final UppdragAtkomst atkomst;
    private final UppdragHistorikService historik;
    private final RemissService remiss;
    private final GenomforandeService genomforande;
    private final TidplanService tidplan;
    private final ErsattningskedjaService kedjor;
    private final SekretessService sekretess;
    private final StatusrapportService statusrapport;

    Dokumentsidan(UppdragService uppdrag, UppdragAtkomst atkomst, UppdragHistorikService historik, RemissService remiss,
            GenomforandeService genomforande, TidplanService tidplan, ErsattningskedjaService kedjor,
            SekretessService sekretess, StatusrapportService statusrapport) {
        this.statusrapport = statusrapport;
        this.uppdrag = uppdrag;
        this.atkomst = atkomst;
        this.historik = historik;
        this.remiss = remiss;
        this.genomforande = genomforande;
        this.tidplan = tidplan;
        this.kedjor = kedjor;
        this.sekretess = sekretess;
    }

    /** The page's content. */
    public record Dokumentsida(Uppdragshandling handling, boolean kanRedigera, boolean kanAtgarda, List<Handelse> handelser,
            List<Remissvar> remissvar, List<Statusrapport> statusrapporter, List<Slutrapport> slutrapporter,
            UppdragHistorikService.Processlage processlage, List<UppdragHistorikService.Version> versioner,
            Tidplansbild tidplan, Optional<Sekretess> sekretess, Ersattningskedja kedja, boolean kanLamnaStatusrapport) {
    }

    public Dokumentsida las(UppdragId id) {
        var handling = uppdrag.hamta(id);
        return new Dokumentsida(handling, uppdrag.kanRedigera(id),
                handling.status().arBeslutatOchOppet() && atkomst.arUppdragsgivare(id), historik.handelser(id),
                remiss.remissvar(id), genomforande.statusrapporter(id), genomforande.slutrapporter(id),
                historik.processlage(id), historik.versioner(id), tidplan.uppdrag(id), sekretess.hamta(id), kedjor.kedja(id),
                statusrapport.kanLamna(id));
    }
}
