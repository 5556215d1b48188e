package se.uppdrag.drift;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import se.uppdrag.text.HarMeddelande;
import se.uppdrag.text.Meddelande;

/**
 * A form's submission applied once: the form makes a key when it is built and sends it with every click; the service
 * runs its action through {@link #enGang} inside its own transaction, which records the key in the table
 * {@code inlamning} (Flyway V21) before the action. So the key is stored exactly when the action was committed. The
 * same submission sent again (its reply never came, the database went away after the commit, the user clicked once
 * more) is not applied again: it returns what the first one produced. Two at the same moment meet at the table's
 * primary key: the second waits for the first, and when that one committed it applies nothing and returns its outcome;
 * when it rolled back, the second is applied as if it were the first.
 *
 * <p>A key is its user's: someone else's is refused. A key without an action's name of its own ({@code slag}) is a
 * mistake of the caller and is refused too. A {@code null} key (callers other than forms: tests, jobs, imports) runs
 * the action as it is.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class Inlamningar {

    /** Keys are kept this long; no form stays open for so long (a session ends long before). */
    static final Duration BEVARAS = Duration.ofDays(7);

    private final JdbcTemplate jdbc;
    private final Clock clock;

    Inlamningar(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** An action that gives nothing back: done once per key. */
    public void enGang(@Nullable UUID nyckel, String slag, Runnable atgard) {
        enGang(nyckel, slag, () -> {
            atgard.run();
            return "";
        }, Function.identity(), Function.identity());
    }

    /**
     * An action done once per key. Its outcome is stored as text ({@code somText}, at most 255 characters, such as an
     * id) and made again from that text ({@code franText}) for a submission sent again, which may read the current state
     * by it.
     */
    public <T> T enGang(@Nullable UUID nyckel, String slag, Supplier<T> atgard, Function<T, String> somText,
            Function<String, T> franText) {
        if (nyckel == null) {
            return atgard.get();
        }
        var tidigare = tidigare(nyckel, slag, false);
        if (tidigare != null) {
            return franText.apply(tidigare);
        }
        try {
            jdbc.update("insert into inlamning (nyckel, slag, vem, tid) values (?, ?, ?, ?)", nyckel.toString(), slag, vem(),
                    LocalDateTime.now(clock));
        } catch (DataIntegrityViolationException samtidigt) {
            // another submission with this key came first and has now committed: its outcome is ours
            var dess = tidigare(nyckel, slag, true);
            if (dess == null) {
                throw samtidigt;
            }
            return franText.apply(dess);
        }
        var utfall = atgard.get();
        jdbc.update("update inlamning set utfall = ? where nyckel = ?", somText.apply(utfall), nyckel.toString());
        return utfall;
    }

    /**
     * The outcome of the submission with this key, if one was committed. The second look after a lost race is a locking
     * read, which sees the winner's row even where this transaction's snapshot is older (MariaDB's repeatable read).
     */
    private @Nullable String tidigare(UUID nyckel, String slag, boolean lasande) {
        List<Rad> rader = jdbc.query("select slag, vem, utfall from inlamning where nyckel = ?" + (lasande ? " for update" : ""),
                (rs, i) -> new Rad(rs.getString(1), rs.getString(2), rs.getString(3)), nyckel.toString());
        if (rader.isEmpty()) {
            return null;
        }
        var rad = rader.getFirst();
        if (!rad.vem().equals(vem())) {
            throw new InlamningNekadException("inlamning.fel.annans");
        }
        if (!rad.slag().equals(slag)) {
            throw new IllegalStateException("The submission key " + nyckel + " belongs to " + rad.slag() + ", not " + slag);
        }
        return rad.utfall() == null ? "" : rad.utfall();
    }

    private static String vem() {
        var inloggad = SecurityContextHolder.getContext().getAuthentication();
        return inloggad == null ? "system" : inloggad.getName();
    }

    /** Keys older than {@link #BEVARAS} are forgotten, each night, on one node. */
    @Scheduled(cron = "0 17 3 * * *", zone = "${uppdrag.tidszon}")
    @SchedulerLock(name = "inlamningar", lockAtMostFor = "PT10M")
    @Transactional
    public void rensa() {
        jdbc.update("delete from inlamning where tid < ?", LocalDateTime.now(clock).minus(BEVARAS));
    }

    private record Rad(String slag, String vem, @Nullable String utfall) {
    }

    /** A key that someone else's submission made: refused as if it were unknown to this user. */
    public static final class InlamningNekadException extends AccessDeniedException implements HarMeddelande {

        private final transient Meddelande meddelande;

        InlamningNekadException(String nyckel) {
            super(Meddelande.svenska(nyckel));
            this.meddelande = new Meddelande(nyckel);
        }

        @Override
        public Meddelande meddelande() {
            return meddelande;
        }
    }
}
