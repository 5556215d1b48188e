package se.uppdrag.diarium;

import java.time.Clock;
import java.time.Year;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import se.uppdrag.diarium.internal.DiarieserieEntity;
import se.uppdrag.diarium.internal.DiarieserieRepository;

/**
 * Allocates diarienummer from a series per prefix and year. The series row is locked for the rest of the
 * caller's transaction, so concurrent registrations queue up, and a rolled-back registration gives its
 * number back: no duplicates and no gaps.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class DiariumService {

    private final DiarieserieRepository serier;
    private final TransactionTemplate nySerie;
    private final Clock clock;

    DiariumService(DiarieserieRepository serier, PlatformTransactionManager transactionManager, Clock clock) {
        this.serier = serier;
        this.clock = clock;
        this.nySerie = new TransactionTemplate(transactionManager);
        this.nySerie.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The next number in the prefix's series for the current year. */
    public Diarienummer tilldela(String prefix) {
        return tilldela(prefix, Year.now(clock));
    }

    public Diarienummer tilldela(String prefix, Year ar) {
        var provnummer = new Diarienummer(prefix, ar.getValue(), 1); // validates prefix and year first
        skapaSerieOmDenSaknas(provnummer.prefix(), provnummer.ar());
        var serie = serier.findForUpdate(provnummer.prefix(), provnummer.ar()).orElseThrow();
        return new Diarienummer(provnummer.prefix(), provnummer.ar(), serie.nasta());
    }

    /** Creating the row in its own transaction keeps the caller's lock to a single existing row. */
    private void skapaSerieOmDenSaknas(String prefix, int ar) {
        if (serier.existsByPrefixAndAr(prefix, ar)) {
            return;
        }
        try {
            nySerie.executeWithoutResult(status -> serier.saveAndFlush(new DiarieserieEntity(prefix, ar)));
        } catch (DataIntegrityViolationException anotherThreadCreatedIt) {
            // the series exists now, which is all we need
        }
    }
}
