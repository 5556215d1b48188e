package se.uppdrag.uppdrag;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.uppdrag.security.CurrentUser;
import se.uppdrag.uppdrag.internal.UppdragEntity;
import se.uppdrag.uppdrag.internal.UppdragRepository;
import se.uppdrag.uppdrag.process.Uppdragsprocessen;

/**
 * Who may read and edit an uppdrag. Used by the services' {@code @PreAuthorize} expressions, so the rule
 * holds whatever a view shows: participants and registrators/administrators read; only the owner edits,
 * and only while it is a draft.
 */
@Component("uppdragAtkomst")
@Transactional(readOnly = true)
public class UppdragAtkomst {

    private final UppdragRepository repository;
    private final CurrentUser currentUser;
    private final Uppdragsprocessen processen;

    UppdragAtkomst(UppdragRepository repository, CurrentUser currentUser, Uppdragsprocessen processen) {
        this.repository = repository;
        this.currentUser = currentUser;
        this.processen = processen;
    }

    /** Participants, anyone who has had a task in its process (reviewers, delegates), registrators and administrators. */
    public boolean kanLasa(UppdragId id) {
        return currentUser.get().map(user -> user.serAllaUppdrag()
                || repository.arDeltagare(id.value(), user.personId().value())
                || harHaftUppgift(id, user.personId())).orElse(false);
    }

    private boolean harHaftUppgift(UppdragId id, se.uppdrag.personer.PersonId person) {
        return repository.findById(id.value()).map(UppdragEntity::processId)
                .filter(process -> processen.harHaftUppgift(process, person)).isPresent();
    }

    /** Pausing, resuming, striking and revising a decided uppdrag: its uppdragsgivare, or an administrator. */
    public boolean arUppdragsgivare(UppdragId id) {
        return currentUser.get().map(user -> user.har(se.uppdrag.security.Roller.ADMINISTRATOR)
                || repository.findById(id.value()).filter(u -> u.uppdragsgivare().contains(user.personId().value())).isPresent())
                .orElse(false);
    }

    public boolean kanRedigera(UppdragId id) {
        var user = currentUser.get();
        return user.isPresent() && repository.findById(id.value())
                .filter(uppdrag -> uppdrag.status() == UppdragStatus.UTKAST)
                .filter(uppdrag -> uppdrag.agareId() == user.get().personId().value())
                .isPresent();
    }
}
