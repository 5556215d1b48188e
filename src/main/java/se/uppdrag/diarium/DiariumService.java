package se.uppdrag.diarium;

import java.time.Clock;
import java.time.Year;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.uppdrag.diarium.internal.DiarieserieRepository;

/**
 * Allocates diarienummer from a series per prefix and year. The number is counted up in the database, which
 * locks the series row for the rest of the caller's transaction: concurrent registrations queue up, and a
 * rolled-back registration gives its number back. No duplicates and no gaps.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class DiariumService {

    private final DiarieserieRepository serier;
    private final Clock clock;

    DiariumService(DiarieserieRepository serier, Clock clock) {
        this.serier = serier;
        this.clock = clock;
    }

    /** The next number in the prefix's series for the current year. */
    public Diarienummer tilldela(String prefix) {
        return tilldela(prefix, Year.now(clock));
    }

    public Diarienummer tilldela(String prefix, Year ar) {
        var provnummer = new Diarienummer(prefix, ar.getValue(), 1); // validates prefix and year first
        var serie = provnummer.prefix();
        if (!serier.existsByPrefixAndAr(serie, provnummer.ar())) {
            skapaSerie(serie, provnummer.ar());
        }
        if (serier.raknaUpp(serie, provnummer.ar()) != 1) {
            throw new IllegalStateException("Diarieserien " + serie + " " + provnummer.ar() + " är full");
        }
        return new Diarienummer(serie, provnummer.ar(), serier.senaste(serie, provnummer.ar()));
    }

    /**
     * New series are created one at a time, queued on a guard row, in the caller's transaction: no second
     * connection is needed, and two registrations can never both create the same series.
     */
    private void skapaSerie(String prefix, int ar) {
        serier.lasNyaSerier().orElseThrow(() -> new IllegalStateException("Diariets vaktrad saknas"));
        if (serier.findForUpdate(prefix, ar).isEmpty()) {
            serier.skapa(prefix, ar);
        }
    }
}
