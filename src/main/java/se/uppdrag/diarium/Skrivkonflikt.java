package se.uppdrag.diarium;

import java.lang.reflect.Method;
import java.sql.SQLException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.resilience.retry.MethodRetryPredicate;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * When a failed transaction may simply be tried again: the database gave up on it for another transaction's sake (a
 * deadlock, a lock wait that timed out, or a Galera cluster's certification conflict at commit, which MariaDB reports as
 * a deadlock), so it was rolled back whole and a fresh attempt starts from the state the other one left. Only at the
 * outermost transaction: within a caller's transaction the work before the call is lost as well, and only the caller
 * can start again. An optimistic conflict on our own data (someone else changed what the user saw) is not retried: the
 * user is told to read it again (see the UI's error handler).
 *
 * <p>For a method that is its own transaction: {@code @Retryable(predicate = Skrivkonflikt.class, maxRetries = 2)}.
 * The retry advice wraps the transaction advice (Spring puts it before the existing advisors), so every attempt is a
 * new transaction.
 */
public class Skrivkonflikt implements MethodRetryPredicate {

    /** MariaDB/MySQL: deadlock found (also Galera's certification failure), lock wait timeout exceeded. */
    private static final int DEADLOCK = 1213;
    private static final int LASVANTAN = 1205;
    /** SQL's "serialization failure" (transaction rollback). */
    private static final String SERIALISERING = "40001";

    @Override
    public boolean shouldRetry(Method method, Throwable fel) {
        return arKonflikt(fel) && !TransactionSynchronizationManager.isActualTransactionActive();
    }

    /** Whether the failure, or one of its causes, is the database resolving a conflict between transactions. */
    public static boolean arKonflikt(Throwable fel) {
        for (Throwable orsak = fel; orsak != null; orsak = orsak.getCause() == orsak ? null : orsak.getCause()) {
            if (orsak instanceof PessimisticLockingFailureException) {
                return true;
            }
            if (orsak instanceof SQLException sql && (SERIALISERING.equals(sql.getSQLState())
                    || sql.getErrorCode() == DEADLOCK || sql.getErrorCode() == LASVANTAN)) {
                return true;
            }
        }
        return false;
    }
}
