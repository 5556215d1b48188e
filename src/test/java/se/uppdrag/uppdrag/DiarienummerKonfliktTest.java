package se.uppdrag.uppdrag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mockingDetails;
import static org.mockito.Mockito.reset;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.time.Year;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.uppdrag.EgenSakerhetskontext;
import se.uppdrag.SomAdministrator;
import se.uppdrag.TestFolk;
import se.uppdrag.diarium.DiariumService;
import se.uppdrag.diarium.internal.DiarieserieRepository;

/**
 * The series row's lock meets a concurrent registration: the database gives up on one transaction (deadlock, lock wait
 * timeout, a Galera conflict at commit; here the translated exception of the series' locking read). The decision that
 * registers the uppdrag is tried again from the start, at most three attempts in all, and never inside a caller's
 * transaction.
 */
@ExtendWith(EgenSakerhetskontext.class) // the spied repository makes a context of its own
class DiarienummerKonfliktTest extends ProcessTestBase {

    @MockitoSpyBean
    DiarieserieRepository serier;
    @Autowired
    DiariumService diarium;
    @Autowired
    PlatformTransactionManager transaktioner;

    private static CannotAcquireLockException deadlock() {
        return new CannotAcquireLockException("Deadlock found when trying to get lock; try restarting transaction");
    }

    @AfterEach
    void serienSomVanligt() {
        reset(serier);
    }

    /** The draft sent för beslut, its decision task's id; the series' locking read fails the given number of times. */
    private String beslutsuppgiftMedKonflikter(UppdragId id, int konflikter) {
        skickaForBeslut(id);
        var uppgift = uppgift(TestFolk.BESLUTSFATTARE, id, "beslutsuppgift").id();
        konflikter(konflikter);
        return uppgift;
    }

    /** The series' locking read fails so many times, then reads the database again. */
    private void konflikter(int antal) {
        reset(serier);
        var databasen = mockingDetails(serier).getMockCreationSettings().getDefaultAnswer();
        var kvar = new AtomicInteger(antal);
        doAnswer(anrop -> {
            if (kvar.getAndDecrement() > 0) {
                throw deadlock();
            }
            return databasen.answer(anrop);
        }).when(serier).lasSenaste(anyString(), anyInt());
    }

    @Test
    void a_decision_whose_diarienummer_meets_a_deadlock_is_tried_again_and_the_uppdrag_is_registered_once() {
        var id = nyttUtkast();
        var uppgift = beslutsuppgiftMedKonflikter(id, 1);

        beslut.besluta(uppgift, Beslut.FASTSTALL, null);

        verify(serier, times(2)).lasSenaste(anyString(), anyInt());
        assertThat(status(id)).isEqualTo(UppdragStatus.PAGAENDE);
        assertThat(somRegistrator(id).diarienummer()).isNotNull();
        assertThat(tidslinje(id)).containsOnlyOnce(HandelseTyp.FASTSTALLT);
    }

    @Test
    void after_three_conflicts_in_a_row_the_decision_fails_and_nothing_of_it_is_kept() {
        var id = nyttUtkast();
        var uppgift = beslutsuppgiftMedKonflikter(id, 3);

        assertThatThrownBy(() -> beslut.besluta(uppgift, Beslut.FASTSTALL, null)).isInstanceOf(CannotAcquireLockException.class);

        verify(serier, times(3)).lasSenaste(anyString(), anyInt());
        assertThat(status(id)).isEqualTo(UppdragStatus.FOR_BESLUT);
        assertThat(somRegistrator(id).diarienummer()).isNull();
        assertThat(uppgifter(TestFolk.BESLUTSFATTARE, id, "beslutsuppgift")).hasSize(1);
    }

    @Test
    void an_allocation_on_its_own_is_tried_again_but_not_inside_a_callers_transaction() {
        var serie = "TK" + new java.util.Random().ints(6, 0, 26).mapToObj(i -> String.valueOf((char) ('A' + i))).reduce("", String::concat);
        konflikter(1);

        assertThat(SomAdministrator.gor(() -> diarium.tilldela(serie, Year.of(2026)))).hasToString(serie + " 2026-00001");

        konflikter(1);
        assertThatThrownBy(() -> SomAdministrator.gor(() -> new TransactionTemplate(transaktioner)
                .execute(status -> diarium.tilldela(serie, Year.of(2026))))).isInstanceOf(CannotAcquireLockException.class);
        verify(serier, times(1)).lasSenaste(anyString(), anyInt());
        assertThat(SomAdministrator.gor(() -> diarium.tilldela(serie, Year.of(2026)))).hasToString(serie + " 2026-00002");
    }
}
