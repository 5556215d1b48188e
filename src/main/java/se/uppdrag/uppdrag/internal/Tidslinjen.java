package se.uppdrag.uppdrag.internal;

import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.uppdrag.security.CurrentUser;
import se.uppdrag.uppdrag.Uppdragshandelse;

/**
 * The uppdrag's timeline listens to what happens to it and writes each step in the step's own transaction: by the
 * signed-in user, or by no one (shown as "systemet") when the engine or a timer took it.
 */
@Component
@Transactional
class Tidslinjen {

    private final HandelseRepository repository;
    private final CurrentUser currentUser;
    private final Clock clock;

    Tidslinjen(HandelseRepository repository, CurrentUser currentUser, Clock clock) {
        this.repository = repository;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @EventListener
    void skriv(Uppdragshandelse handelse) {
        var vem = currentUser.get().map(user -> user.personId().value()).orElse(null);
        repository.save(new HandelseEntity(handelse.uppdrag().value(), clock.instant(), vem, handelse.typ(),
                handelse.kommentar(), handelse.version()));
    }
}
