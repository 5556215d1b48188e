package se.uppdrag.diarium;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.uppdrag.IntegrationTest;
import se.uppdrag.SomAdministrator;

@IntegrationTest
class DiariumServiceTest {

    @Autowired
    DiariumService diarium;
    @Autowired
    PlatformTransactionManager transactions;

    /** A series no other test uses, so the numbers start at 1 even on a shared database. */
    private static String nySerie() {
        var random = new Random();
        var prefix = new StringBuilder("T");
        for (int i = 0; i < 7; i++) {
            prefix.append((char) ('A' + random.nextInt(26)));
        }
        return prefix.toString();
    }

    @Test
    void numbers_in_a_new_series_start_at_one_and_follow_each_other() {
        var serie = nySerie();
        var forsta = SomAdministrator.gor(() -> diarium.tilldela(serie, Year.of(2026)));
        var andra = SomAdministrator.gor(() -> diarium.tilldela(serie, Year.of(2026)));
        assertThat(forsta).hasToString(serie + " 2026-00001");
        assertThat(andra).hasToString(serie + " 2026-00002");
    }

    @Test
    void each_year_has_its_own_series() {
        var serie = nySerie();
        SomAdministrator.gor(() -> diarium.tilldela(serie, Year.of(2026)));
        assertThat(SomAdministrator.gor(() -> diarium.tilldela(serie, Year.of(2027))).lopnummer()).isEqualTo(1);
    }

    @Test
    void twenty_concurrent_registrations_get_twenty_different_numbers_without_gaps() throws Exception {
        var nummer = samtidigaRegistreringar(nySerie(), 20);
        assertThat(nummer).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(
                java.util.stream.IntStream.rangeClosed(1, 20).boxed().toList());
    }

    /** The running numbers that so many registrations in the series, all started at the same moment, got. */
    private List<Integer> samtidigaRegistreringar(String serie, int antal) throws Exception {
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(antal);
        try {
            var svar = new ArrayList<Future<Diarienummer>>();
            for (int i = 0; i < antal; i++) {
                Callable<Diarienummer> registrering = () -> {
                    start.await();
                    return SomAdministrator.gor(() -> new TransactionTemplate(transactions)
                            .execute(status -> diarium.tilldela(serie, Year.of(2026))));
                };
                svar.add(pool.submit(registrering));
            }
            start.countDown();
            var nummer = new ArrayList<Integer>();
            for (var future : svar) {
                nummer.add(future.get().lopnummer());
            }
            return nummer;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void a_registration_that_is_rolled_back_gives_its_number_back() {
        var serie = nySerie();
        SomAdministrator.gor(() -> new TransactionTemplate(transactions).execute(status -> {
            diarium.tilldela(serie, Year.of(2026));
            status.setRollbackOnly();
            return null;
        }));
        assertThat(SomAdministrator.gor(() -> diarium.tilldela(serie, Year.of(2026))).lopnummer()).isEqualTo(1);
    }

    @Test
    void diarienummer_cannot_be_allocated_without_logging_in() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> diarium.tilldela(nySerie(), Year.of(2026)))
                .isInstanceOfAny(org.springframework.security.access.AccessDeniedException.class,
                        org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void concurrent_registrations_in_a_series_with_imported_numbers_get_the_free_numbers_in_order() throws Exception {
        var serie = nySerie();
        for (var taget : new int[] {2, 4, 5, 9}) {
            assertThat(SomAdministrator.gor(() -> diarium.forIn(new Diarienummer(serie, 2026, taget)))).isTrue();
        }
        assertThat(samtidigaRegistreringar(serie, 8)).containsExactlyInAnyOrder(1, 3, 6, 7, 8, 10, 11, 12);
    }

    @Test
    void a_number_already_taken_is_not_recorded_twice() {
        var serie = nySerie();
        var forsta = SomAdministrator.gor(() -> diarium.tilldela(serie, Year.of(2026)));
        assertThat(SomAdministrator.gor(() -> diarium.forIn(forsta))).isFalse();
        assertThat(SomAdministrator.gor(() -> diarium.forIn(new Diarienummer(serie, 2026, 2)))).isTrue();
        assertThat(SomAdministrator.gor(() -> diarium.forIn(new Diarienummer(serie, 2026, 2)))).isFalse();
        assertThat(SomAdministrator.gor(() -> diarium.tilldela(serie, Year.of(2026))).lopnummer()).isEqualTo(3);
    }
}
