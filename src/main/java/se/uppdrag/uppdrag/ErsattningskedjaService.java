package se.uppdrag.uppdrag;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.uppdrag.diarium.Diarienummer;
import se.uppdrag.text.OgiltigtVardeException;
import se.uppdrag.uppdrag.Ersattningskedja.Led;
import se.uppdrag.uppdrag.Ersattningskedja.Plats;
import se.uppdrag.uppdrag.internal.ErsattningRepository;
import se.uppdrag.uppdrag.internal.UppdragEntity;
import se.uppdrag.uppdrag.internal.UppdragRepository;

/** The "ersätter" chain of an uppdrag: what it replaces and what replaces it, each shown only to those who may read it. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("@uppdragAtkomst.kanLasa(#id)")
public class ErsattningskedjaService {

    /** A chain is a handful of revisions; this bounds a damaged one. */
    private static final int MAX = 100;

    private final UppdragRepository uppdrag;
    private final ErsattningRepository ersattningar;
    private final UppdragAtkomst atkomst;

    ErsattningskedjaService(UppdragRepository uppdrag, ErsattningRepository ersattningar, UppdragAtkomst atkomst) {
        this.uppdrag = uppdrag;
        this.ersattningar = ersattningar;
        this.atkomst = atkomst;
    }

    public Ersattningskedja kedja(UppdragId id) {
        var detta = uppdrag.findById(id.value()).orElseThrow(() -> new OgiltigtVardeException("uppdrag.fel.finns-inte"));
        var sedda = new HashSet<Long>();
        sedda.add(detta.id());
        var led = new ArrayList<Led>();
        var forra = detta.ersatterUppdragId();
        while (forra != null && sedda.add(forra) && led.size() < MAX) {
            var tidigare = uppdrag.findById(forra).orElse(null);
            if (tidigare == null) {
                break;
            }
            led.addFirst(led(Plats.TIDIGARE, led.isEmpty(), tidigare));
            forra = tidigare.ersatterUppdragId();
        }
        led.add(led(Plats.DETTA, false, detta));
        var senare = new ArrayList<UppdragEntity>();
        List<Long> grans = List.of(detta.id());
        while (!grans.isEmpty() && senare.size() < MAX) {
            var revisioner = ersattningar.findByErsatterUppdragIdIn(grans).stream().filter(e -> sedda.add(e.id())).toList();
            senare.addAll(revisioner);
            grans = revisioner.stream().map(UppdragEntity::id).toList();
        }
        senare.sort(Comparator.comparing(UppdragEntity::datum).thenComparing(UppdragEntity::id));
        senare.forEach(e -> led.add(led(Plats.SENARE, detta.id().equals(e.ersatterUppdragId()), e)));
        return new Ersattningskedja(led);
    }

    private Led led(Plats plats, boolean direkt, UppdragEntity e) {
        var kanLasa = plats == Plats.DETTA || atkomst.kanLasa(new UppdragId(e.id()));
        return new Led(plats, direkt, !kanLasa ? null : new Ersattningskedja.Kort(new UppdragId(e.id()), e.titel(),
                e.diarienummer() == null ? null : Diarienummer.parse(e.diarienummer()), e.datum(), e.status()));
    }
}
