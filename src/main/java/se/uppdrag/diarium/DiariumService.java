package se.uppdrag.diarium;

import java.time.Clock;
import java.time.Year;
import org.springframework.resilience.annotation.Retryable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.uppdrag.diarium.internal.DiarieserieRepository;
import se.uppdrag.text.OtillatetLageException;

/**
 * Allocates diarienummer from a series per prefix and year, and records the numbers brought in from the old
 * diarium. Every number in use is recorded, so the series skips the taken ones. Allocations and imports lock the
 * series row for the rest of the caller's transaction: concurrent registrations queue up, and a rolled-back
 * registration gives its number back. No duplicates, and no gaps but the numbers that are taken. Called on its own
 * (no caller's transaction), an allocation the database rolls back for a concurrent one's sake (deadlock, lock wait,
 * a Galera conflict) is tried again, twice at most; within a registering transaction the retry is the registering
 * service's ({@link Skrivkonflikt}, decision record 0003).
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class DiariumService {

    private static final int STORSTA = 99_999;

    private final DiarieserieRepository serier;
    private final Clock clock;

    DiariumService(DiarieserieRepository serier, Clock clock) {
        this.serier = serier;
        this.clock = clock;
    }

    /** The next free number in the prefix's series for the current year. */
    @Retryable(predicate = Skrivkonflikt.class, maxRetries = 2, delay = 50, jitter = 25, multiplier = 2)
    public Diarienummer tilldela(String prefix) {
        return tilldela(prefix, Year.now(clock));
    }

    @Retryable(predicate = Skrivkonflikt.class, maxRetries = 2, delay = 50, jitter = 25, multiplier = 2)
    public Diarienummer tilldela(String prefix, Year ar) {
        var provnummer = new Diarienummer(prefix, ar.getValue(), 1); // validates prefix and year first
        var serie = provnummer.prefix();
        var senaste = lasSerie(serie, provnummer.ar());
        var ledigt = senaste + 1;
        for (var taget : serier.tagnaEfter(serie, provnummer.ar(), senaste)) {
            if (taget != ledigt) {
                break;
            }
            ledigt++;
        }
        if (ledigt > STORSTA) {
            throw new OtillatetLageException("diarium.fel.serie-full", serie, provnummer.ar());
        }
        serier.flyttaTill(serie, provnummer.ar(), ledigt);
        serier.ta(serie, provnummer.ar(), ledigt);
        return new Diarienummer(serie, provnummer.ar(), ledigt);
    }

    /**
     * Records a number given by the old diarium, so the series never hands it out. False, and nothing recorded,
     * when the number is already taken.
     */
    @Retryable(predicate = Skrivkonflikt.class, maxRetries = 2, delay = 50, jitter = 25, multiplier = 2)
    public boolean forIn(Diarienummer nummer) {
        lasSerie(nummer.prefix(), nummer.ar());
        if (!serier.tagen(nummer.prefix(), nummer.ar(), nummer.lopnummer()).isEmpty()) {
            return false;
        }
        serier.ta(nummer.prefix(), nummer.ar(), nummer.lopnummer());
        return true;
    }

    /** Locks the series, created first if need be, and reads its last allocated number. */
    private int lasSerie(String prefix, int ar) {
        if (!serier.existsByPrefixAndAr(prefix, ar)) {
            skapaSerie(prefix, ar);
        }
        return serier.lasSenaste(prefix, ar);
    }

    /**
     * New series are created one at a time, queued on a guard row, in the caller's transaction: no second
     * connection is needed, and two registrations can never both create the same series.
     */
    private void skapaSerie(String prefix, int ar) {
        serier.lasNyaSerier().orElseThrow(() -> new OtillatetLageException("diarium.fel.vaktrad"));
        if (serier.findForUpdate(prefix, ar).isEmpty()) {
            serier.skapa(prefix, ar);
        }
    }
}
