package se.uppdrag.uppdrag;

import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import se.uppdrag.security.CurrentUser;
import se.uppdrag.uppdrag.internal.StatusrapportEntity;
import se.uppdrag.uppdrag.internal.StatusrapportRepository;
import se.uppdrag.uppdrag.internal.UppdragEntity;
import se.uppdrag.uppdrag.internal.UppdragRepository;
import se.uppdrag.uppdrag.process.Uppgiftssteg;

/**
 * Writes a status report by the current user, however it was filed (the request's task or the uppdrag's own page): the
 * report, and the uppdrag's history. In the caller's transaction.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class Statusrapportskrivare {

    private final StatusrapportRepository statusrapporter;
    private final UppdragRepository repository;
    private final CurrentUser currentUser;
    private final Clock clock;

    Statusrapportskrivare(StatusrapportRepository statusrapporter, UppdragRepository repository, CurrentUser currentUser,
            Clock clock) {
        this.statusrapporter = statusrapporter;
        this.repository = repository;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** A comment is required: how the work goes. */
    void skriv(UppdragEntity uppdrag, Statusrapport.Ljus ljus, Statusrapport.Trend trend, @Nullable String kommentar,
            Statusrapport.Resultat ekonomi) {
        var text = Uppgiftssteg.text(kommentar, "genomforande.fel.statuskommentar");
        statusrapporter.save(new StatusrapportEntity(java.util.Objects.requireNonNull(uppdrag.id()),
                currentUser.require().personId().value(), clock.instant(), ljus, trend, text, ekonomi));
        uppdrag.statusrapport(ljus.name() + ", " + trend.name() + ": " + text);
        repository.save(uppdrag);
    }
}
