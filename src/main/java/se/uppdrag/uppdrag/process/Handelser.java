package se.uppdrag.uppdrag.process;

import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.uppdrag.security.CurrentUser;
import se.uppdrag.uppdrag.HandelseTyp;
import se.uppdrag.uppdrag.internal.HandelseEntity;
import se.uppdrag.uppdrag.internal.HandelseRepository;

/** Writes the timeline: every step, by the logged-in user or (for timers) by the system. */
@Component
@Transactional
public class Handelser {

    private final HandelseRepository repository;
    private final CurrentUser currentUser;
    private final Clock clock;

    Handelser(HandelseRepository repository, CurrentUser currentUser, Clock clock) {
        this.repository = repository;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    public void skriv(long uppdragId, HandelseTyp typ, @Nullable String kommentar, @Nullable Integer version) {
        var vem = currentUser.get().map(user -> user.personId().value()).orElse(null);
        repository.save(new HandelseEntity(uppdragId, clock.instant(), vem, typ,
                kommentar == null || kommentar.isBlank() ? null : kommentar.strip(), version));
    }

    public void skriv(long uppdragId, HandelseTyp typ) {
        skriv(uppdragId, typ, null, null);
    }
}
