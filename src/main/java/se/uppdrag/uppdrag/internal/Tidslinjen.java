package se.uppdrag.uppdrag.internal;

import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.uppdrag.personer.PersonId;
import se.uppdrag.security.CurrentUser;
import se.uppdrag.uppdrag.HandelseTyp;
import se.uppdrag.uppdrag.UppdragId;
import se.uppdrag.uppdrag.Uppdragshandelse;

/**
 * The uppdrag's timeline: writes each step in the step's own transaction (joined, so that a step and its record stand
 * or fall together), by the signed-in user or by no one (shown as "systemet") when the engine or a
 * timer took it, with whom the user acted for ({@link PaUppdragAv}).
 */
@Component
@Transactional
public class Tidslinjen {

    private final HandelseRepository repository;
    private final CurrentUser currentUser;
    private final PaUppdragAv paUppdragAv;
    private final Clock clock;

    Tidslinjen(HandelseRepository repository, CurrentUser currentUser, PaUppdragAv paUppdragAv, Clock clock) {
        this.repository = repository;
        this.currentUser = currentUser;
        this.paUppdragAv = paUppdragAv;
        this.clock = clock;
    }

    @EventListener
    void skriv(Uppdragshandelse handelse) {
        skriv(handelse.uppdrag(), handelse.typ(), paUppdragAv.aktuell().orElse(null), handelse.kommentar(), handelse.version(),
                handelse.datum());
    }

    /**
     * An action on the uppdrag that is no step of its life (a task claimed or handed on, the PDF read), by the
     * signed-in user for the given person.
     */
    public void skriv(UppdragId uppdrag, HandelseTyp typ, @Nullable PersonId forPerson, @Nullable String kommentar,
            @Nullable Integer version) {
        skriv(uppdrag, typ, forPerson, kommentar, version, null);
    }

    private void skriv(UppdragId uppdrag, HandelseTyp typ, @Nullable PersonId forPerson, @Nullable String kommentar,
            @Nullable Integer version, java.time.@Nullable LocalDate datum) {
        var vem = currentUser.get().map(user -> user.personId().value()).orElse(null);
        var forId = forPerson == null || forPerson.value() == (vem == null ? -1 : vem) ? null : forPerson.value();
        repository.save(new HandelseEntity(uppdrag.value(), clock.instant(), vem, forId, typ, kommentar, version, datum));
    }
}
