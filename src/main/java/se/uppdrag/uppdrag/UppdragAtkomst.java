package se.uppdrag.uppdrag;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.uppdrag.security.CurrentUser;
import se.uppdrag.uppdrag.internal.UppdragRepository;

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

    UppdragAtkomst(UppdragRepository repository, CurrentUser currentUser) {
        this.repository = repository;
        this.currentUser = currentUser;
    }

    public boolean kanLasa(UppdragId id) {
        return currentUser.get().map(user -> user.serAllaUppdrag()
                || repository.arDeltagare(id.value(), user.personId().value())).orElse(false);
    }

    public boolean kanRedigera(UppdragId id) {
        var user = currentUser.get();
        return user.isPresent() && repository.findById(id.value())
                .filter(uppdrag -> uppdrag.status() == UppdragStatus.UTKAST)
                .filter(uppdrag -> uppdrag.agareId() == user.get().personId().value())
                .isPresent();
    }
}
