package se.uppdrag.drift;

import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * What kind of failure a user's action met, for the message they see: the database away (a connection that cannot be
 * had or was lost, the pool's wait running out: "try again in a while"), or a concurrent change (someone else's
 * transaction changed or locked the same thing first: "read it again"). Every cause in the chain counts, since Spring,
 * Hibernate, Flowable and Vaadin wrap the database's failure each in its own exception. The process engine's own
 * conflicts are recognised by its module ({@link Samtidighet}).
 */
public final class Driftfel {

    private Driftfel() {
    }

    /** The database cannot be reached or answered too late: nothing was stored, and trying later will do. */
    public static boolean databasenBorta(Throwable fel) {
        return finns(fel, orsak -> !(orsak instanceof ConcurrencyFailureException)
                && (orsak instanceof DataAccessResourceFailureException || orsak instanceof TransientDataAccessException
                        || orsak instanceof CannotCreateTransactionException
                        || orsak instanceof SQLTransientConnectionException || orsak instanceof SQLNonTransientConnectionException
                        || orsak instanceof SQLRecoverableException));
    }

    /** Someone else changed or held the same data first (an optimistic or pessimistic locking conflict). */
    public static boolean samtidigAndring(Throwable fel, Iterable<? extends Samtidighet> andraSlag) {
        return finns(fel, orsak -> {
            if (orsak instanceof ConcurrencyFailureException) {
                return true;
            }
            for (var slag : andraSlag) {
                if (slag.arKonflikt(orsak)) {
                    return true;
                }
            }
            return false;
        });
    }

    private static boolean finns(@Nullable Throwable fel, Predicate<Throwable> test) {
        var sedda = new java.util.HashSet<Throwable>();
        for (var orsak = fel; orsak != null && sedda.add(orsak); orsak = orsak.getCause()) {
            if (test.test(orsak)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A kind of concurrent change that only a module knows by its exception, such as the process engine's optimistic
     * lock or a task completed in the meantime. The error handler asks every such bean about each cause of a failure.
     */
    @FunctionalInterface
    public interface Samtidighet {

        boolean arKonflikt(Throwable orsak);
    }
}
