package se.uppdrag.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.uppdrag.TestFolk;
import se.uppdrag.uppdrag.Beslut;
import se.uppdrag.uppdrag.ProcessTestBase;
import se.uppdrag.uppdrag.UppdragId;
import se.uppdrag.uppdrag.UppdragStatus;

/**
 * Two people acting on the same thing in the same moment, with the real engines: the first holds its transaction open
 * until the second has read what the first is changing. One wins; the other's failure (the process engine's or
 * Hibernate's optimistic lock) reaches the UI's error handler as "someone else got there first", and nothing is lost.
 */
class SamtidigAndringTest extends ProcessTestBase {

    @Autowired
    FelhanteringConfiguration felhantering;
    @Autowired
    PlatformTransactionManager transaktioner;

    private UppdragId utkastMedTvaSomBeslutarTillsammans() {
        var id = nyttUtkast();
        folk.loggaIn(TestFolk.AGARE);
        uppdrag.spara(utanEnsamBeslutsfattare(uppdrag.hamta(id)));
        skickaForBeslut(id);
        return id;
    }

    @Test
    void two_beslutsfattare_deciding_in_the_same_moment_one_wins_and_the_other_is_told_to_read_again() throws Exception {
        var id = utkastMedTvaSomBeslutarTillsammans();
        var givarens = uppgift(TestFolk.GIVARE, id, "beslutsuppgift").id();
        var beslutsfattarens = uppgift(TestFolk.BESLUTSFATTARE, id, "beslutsuppgift").id();

        var forlorarensFel = samtidigt(TestFolk.GIVARE, () -> beslut.besluta(givarens, Beslut.FASTSTALL, null),
                TestFolk.BESLUTSFATTARE, () -> beslut.besluta(beslutsfattarens, Beslut.FASTSTALL, null));

        assertThat(felhantering.nyckel(forlorarensFel)).as(forlorarensFel.toString()).isEqualTo("fel.samtidig-andring");
        // read again: the loser's task is still there and the decision goes through
        beslut.besluta(uppgift(TestFolk.BESLUTSFATTARE, id, "beslutsuppgift").id(), Beslut.FASTSTALL, null);
        assertThat(status(id)).isEqualTo(UppdragStatus.PAGAENDE);
    }

    @Test
    void one_task_answered_in_two_tabs_is_decided_once_and_the_second_tab_is_told_to_read_again() throws Exception {
        var id = utkastMedTvaSomBeslutarTillsammans();
        var uppgiften = uppgift(TestFolk.GIVARE, id, "beslutsuppgift").id();

        var forlorarensFel = samtidigt(TestFolk.GIVARE, () -> beslut.besluta(uppgiften, Beslut.FASTSTALL, null),
                TestFolk.GIVARE, () -> beslut.besluta(uppgiften, Beslut.FASTSTALL, "Från den andra fliken"));

        assertThat(felhantering.nyckel(forlorarensFel)).as(forlorarensFel.toString()).isEqualTo("fel.samtidig-andring");
        assertThat(uppgifter(TestFolk.GIVARE, id, "beslutsuppgift")).isEmpty();
        assertThat(uppgifter(TestFolk.BESLUTSFATTARE, id, "beslutsuppgift")).hasSize(1);
        assertThat(status(id)).isEqualTo(UppdragStatus.FOR_BESLUT);
    }

    /**
     * The first action runs in a transaction held open until the second has started and read the same data; then the
     * first commits. The second's failure, which the test expects.
     */
    private Throwable samtidigt(String forstaRoll, Runnable forsta, String andraRoll, Runnable andra) throws Exception {
        var forstaHarGjortSitt = new CountDownLatch(1);
        var forstaFarSpara = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(2);
        try {
            var forstas = pool.submit(() -> {
                folk.loggaIn(forstaRoll);
                new TransactionTemplate(transaktioner).executeWithoutResult(status -> {
                    forsta.run();
                    forstaHarGjortSitt.countDown();
                    try {
                        forstaFarSpara.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException avbruten) {
                        Thread.currentThread().interrupt();
                    }
                });
                return null;
            });
            assertThat(forstaHarGjortSitt.await(30, TimeUnit.SECONDS)).as("the first has acted").isTrue();
            var andras = pool.submit(() -> {
                folk.loggaIn(andraRoll);
                andra.run();
                return null;
            });
            Thread.sleep(1500); // the second reads, then waits for the first's row locks
            forstaFarSpara.countDown();
            forstas.get(30, TimeUnit.SECONDS);
            var fel = catchThrowable(() -> andras.get(30, TimeUnit.SECONDS));
            assertThat(fel).as("the second must lose").isInstanceOf(ExecutionException.class);
            return fel.getCause();
        } finally {
            pool.shutdownNow();
            TestFolk.loggaUt();
        }
    }
}
