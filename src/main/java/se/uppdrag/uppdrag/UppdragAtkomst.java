package se.uppdrag.uppdrag;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import se.uppdrag.security.CurrentUser;
import se.uppdrag.security.Inloggad;
import se.uppdrag.security.Roller;
import se.uppdrag.uppdrag.internal.UppdragEntity;
import se.uppdrag.uppdrag.internal.UppdragRepository;
import se.uppdrag.uppdrag.process.Uppdragsprocessen;

/**
 * Who may read and edit an uppdrag. Used by the services' {@code @PreAuthorize} expressions, so the rule
 * holds whatever a view shows: participants and registrators/administrators read (a sekretess-marked uppdrag:
 * participants and registrators); only the owner edits, and only while it is a draft.
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

    /**
     * Participants, anyone who has had a task in its process (reviewers, delegates), registrators and administrators.
     * An uppdrag marked as holding information under sekretess is read by its participants, those who have had a task
     * in it (the owner named them as reviewers, or a holder delegated to them) and registrators only: an administrator
     * who takes no part in it does not read it.
     */
    public boolean kanLasa(UppdragId id) {
        return currentUser.get().map(user -> {
            var minne = Lasbeslut.iDennaTransaktion();
            var nyckel = user.personId().value() + ":" + id.value();
            var beslut = minne.get(nyckel);
            if (beslut == null) {
                beslut = repository.findById(id.value()).map(u -> kanLasa(u, user)).orElse(user.serAllaUppdrag());
                minne.put(nyckel, beslut);
            }
            return beslut;
        }).orElse(false);
    }

    /**
     * The access decisions of one read-only transaction, remembered until it ends: a page read in one transaction
     * ({@link Dokumentsidan}) through several secured services asks once. Outside a read-only transaction nothing is
     * remembered, for a change may grant or revoke access.
     */
    private static final class Lasbeslut {

        private static final Object NYCKEL = new Object();

        @SuppressWarnings("unchecked")
        static java.util.Map<String, Boolean> iDennaTransaktion() {
            if (!TransactionSynchronizationManager.isSynchronizationActive()
                    || !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
                return new java.util.HashMap<>();
            }
            var minne = (java.util.Map<String, Boolean>) TransactionSynchronizationManager.getResource(NYCKEL);
            if (minne == null) {
                var nytt = new java.util.HashMap<String, Boolean>();
                TransactionSynchronizationManager.bindResource(NYCKEL, nytt);
                TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public void afterCompletion(int status) {
                        TransactionSynchronizationManager.unbindResourceIfPossible(NYCKEL);
                    }
                });
                return nytt;
            }
            return minne;
        }
    }

    /** Whether the current user may read this uppdrag's content (list rows show a marked one they may not without it). */
    public boolean serInnehallet(UppdragEntity uppdrag) {
        return currentUser.get().filter(user -> kanLasa(uppdrag, user)).isPresent();
    }

    /** Whether the user may read every marked uppdrag (registrators): the lists need not look at each row. */
    public boolean serAllSekretess() {
        return currentUser.get().filter(user -> user.har(Roller.REGISTRATOR)).isPresent();
    }

    private boolean kanLasa(UppdragEntity uppdrag, Inloggad user) {
        var alla = uppdrag.arSekretessmarkerat() ? user.har(Roller.REGISTRATOR) : user.serAllaUppdrag();
        return alla || repository.arDeltagare(java.util.Objects.requireNonNull(uppdrag.id()), user.personId().value())
                || (uppdrag.processId() != null && processen.harHaftUppgift(uppdrag.processId(), user.personId()));
    }

    /**
     * Who may mark an uppdrag as holding information under sekretess, change the marking or remove it: its owner and
     * registrators, in any state; an administrator may set a marking on any uppdrag, but change or remove one only on
     * an uppdrag they may read, for removing it would open the content to them. Anyone else is refused.
     */
    public boolean kanMarkeraSekretess(UppdragEntity uppdrag, boolean andrarBefintlig) {
        return currentUser.get().filter(user -> uppdrag.agareId() == user.personId().value() || user.har(Roller.REGISTRATOR)
                || (user.har(Roller.ADMINISTRATOR) && (!andrarBefintlig || kanLasa(uppdrag, user)))).isPresent();
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
