package se.uppdrag.uppdrag.internal;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import se.uppdrag.personer.PersonId;

/**
 * Whom the signed-in user acts for (på uppdrag av) in the current transaction: bound when a feature service fetches
 * the task it completes ({@code process/Uppgiftssteg.uppgift}), read by {@link Tidslinjen} for every step written in
 * that transaction, and gone when the transaction ends. Nothing else binds it: a step outside a task is the user's own.
 */
@Component
public class PaUppdragAv {

    private static final Object NYCKEL = PaUppdragAv.class;

    /** The person the user acts for until the transaction ends, or nobody ({@code null}: they act for themselves). */
    public void binda(@Nullable PersonId person) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            throw new IllegalStateException("whom the user acts for is bound only within a transaction");
        }
        if (TransactionSynchronizationManager.getResource(NYCKEL) instanceof Bunden bunden) {
            bunden.person = person;
            return;
        }
        TransactionSynchronizationManager.bindResource(NYCKEL, new Bunden(person));
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(NYCKEL);
            }
        });
    }

    public Optional<PersonId> aktuell() {
        return TransactionSynchronizationManager.getResource(NYCKEL) instanceof Bunden bunden
                ? Optional.ofNullable(bunden.person) : Optional.empty();
    }

    private static final class Bunden {
        private @Nullable PersonId person;

        private Bunden(@Nullable PersonId person) {
            this.person = person;
        }
    }
}
