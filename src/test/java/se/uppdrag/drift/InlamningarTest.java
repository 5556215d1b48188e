package se.uppdrag.drift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;
import se.uppdrag.IntegrationTest;
import se.uppdrag.JusterbarKlocka;

/** A submission key in its own transaction, on the real database: the action is applied once per key. */
@IntegrationTest
class InlamningarTest {

    @Autowired
    Inlamningar inlamningar;
    @Autowired
    TransactionTemplate transaktion;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    JusterbarKlocka klocka;

    private final AtomicInteger gjorda = new AtomicInteger();

    @AfterEach
    void utloggadOchIdag() {
        SecurityContextHolder.clearContext();
        klocka.aterstall();
    }

    private static void inloggad(String vem) {
        var kontext = SecurityContextHolder.createEmptyContext();
        kontext.setAuthentication(new TestingAuthenticationToken(vem, null, "ROLE_ANVANDARE"));
        SecurityContextHolder.setContext(kontext);
    }

    /** The action: counts itself and gives back its number, in a transaction of its own as a service call would. */
    private String lamnaIn(UUID nyckel, String slag) {
        return transaktion.execute(status -> inlamningar.enGang(nyckel, slag, () -> "utfall " + gjorda.incrementAndGet(),
                Function.identity(), Function.identity()));
    }

    @Test
    void the_same_key_sent_twice_applies_the_action_once_and_the_second_gets_the_first_outcome() {
        inloggad("ulla");
        var nyckel = UUID.randomUUID();

        var forsta = lamnaIn(nyckel, "prov");
        var andra = lamnaIn(nyckel, "prov");

        assertThat(forsta).isEqualTo("utfall 1");
        assertThat(andra).isEqualTo("utfall 1");
        assertThat(gjorda).hasValue(1);
        assertThat(lamnaIn(UUID.randomUUID(), "prov")).as("another form's key is another submission").isEqualTo("utfall 2");
    }

    @Test
    void a_submission_that_failed_leaves_no_key_so_sending_it_again_applies_it() {
        inloggad("ulla");
        var nyckel = UUID.randomUUID();

        assertThatThrownBy(() -> transaktion.executeWithoutResult(status -> inlamningar.enGang(nyckel, "prov", () -> {
            gjorda.incrementAndGet();
            throw new IllegalArgumentException("ogiltigt");
        }))).isInstanceOf(IllegalArgumentException.class);

        assertThat(jdbc.queryForObject("select count(*) from inlamning where nyckel = ?", Integer.class, nyckel.toString())).isZero();
        assertThat(lamnaIn(nyckel, "prov")).isEqualTo("utfall 2");
    }

    @Test
    void a_key_is_its_user_s_and_its_action_s_only() {
        inloggad("ulla");
        var nyckel = UUID.randomUUID();
        lamnaIn(nyckel, "prov:1");

        assertThatThrownBy(() -> lamnaIn(nyckel, "prov:2")).as("the same key for another action").isInstanceOf(IllegalStateException.class);
        inloggad("olle");
        assertThatThrownBy(() -> lamnaIn(nyckel, "prov:1")).isInstanceOf(AccessDeniedException.class);
        assertThat(gjorda).hasValue(1);
    }

    @Test
    void without_a_key_the_action_runs_every_time() {
        inloggad("ulla");
        lamnaIn(null, "prov");
        lamnaIn(null, "prov");
        assertThat(gjorda).hasValue(2);
    }

    @Test
    void two_submissions_with_one_key_at_the_same_moment_apply_it_once_and_both_end_with_its_outcome() throws Exception {
        var nyckel = UUID.randomUUID();
        var forstaInne = new CountDownLatch(1);
        var slapp = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(2);
        try {
            var forsta = pool.submit(() -> {
                inloggad("ulla");
                return transaktion.execute(status -> inlamningar.enGang(nyckel, "prov", () -> {
                    forstaInne.countDown();
                    try {
                        slapp.await(10, TimeUnit.SECONDS);
                    } catch (InterruptedException avbruten) {
                        Thread.currentThread().interrupt();
                    }
                    return "utfall " + gjorda.incrementAndGet();
                }, Function.identity(), Function.identity()));
            });
            assertThat(forstaInne.await(10, TimeUnit.SECONDS)).isTrue();
            var andra = pool.submit(() -> {
                inloggad("ulla");
                return lamnaIn(nyckel, "prov");
            });
            Thread.sleep(300); // the second is now waiting for the first's key
            slapp.countDown();

            assertThat(forsta.get(20, TimeUnit.SECONDS)).isEqualTo("utfall 1");
            assertThat(andra.get(20, TimeUnit.SECONDS)).isEqualTo("utfall 1");
            assertThat(gjorda).hasValue(1);
        } finally {
            slapp.countDown();
            pool.shutdownNow();
        }
    }

    @Test
    void keys_are_forgotten_after_a_week() {
        inloggad("ulla");
        var nyckel = UUID.randomUUID();
        lamnaIn(nyckel, "prov");

        klocka.till(java.time.LocalDate.now().plusDays(8));
        inlamningar.rensa();

        assertThat(jdbc.queryForObject("select count(*) from inlamning where nyckel = ?", Integer.class, nyckel.toString())).isZero();
    }
}
