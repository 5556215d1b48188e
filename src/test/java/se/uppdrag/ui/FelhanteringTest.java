package se.uppdrag.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/** What the user is told about an error no view caught, by its kind: the database away is never "something went wrong". */
class FelhanteringTest {

    private final FelhanteringConfiguration felhantering = new FelhanteringConfiguration(List.of());

    /** A pool in front of a database that is not there (nothing listens on the port), with a short wait. */
    private static HikariDataSource poolUtanDatabas() {
        var konfiguration = new HikariConfig();
        konfiguration.setJdbcUrl("jdbc:h2:tcp://127.0.0.1:1/ingen");
        konfiguration.setConnectionTimeout(250);
        konfiguration.setInitializationFailTimeout(-1);
        return new HikariDataSource(konfiguration);
    }

    @Test
    void a_query_while_the_database_is_away_says_the_service_is_temporarily_unavailable() {
        try (var pool = poolUtanDatabas()) {
            var fel = catchThrowable(() -> new JdbcTemplate(pool).queryForObject("select 1", Integer.class));

            assertThat(fel).isNotNull();
            assertThat(felhantering.nyckel(fel)).as(fel.toString()).isEqualTo("fel.otillganglig");
        }
    }

    @Test
    void a_transaction_that_cannot_begin_for_want_of_a_connection_says_the_same() {
        try (var pool = poolUtanDatabas()) {
            var fel = catchThrowable(() -> new TransactionTemplate(new DataSourceTransactionManager(pool))
                    .executeWithoutResult(status -> { }));

            assertThat(fel).isNotNull();
            assertThat(felhantering.nyckel(fel)).as(fel.toString()).isEqualTo("fel.otillganglig");
        }
    }

    @Test
    void the_pool_timing_out_a_timed_out_query_and_a_lost_resource_are_the_database_away_too() {
        assertThat(felhantering.nyckel(new IllegalStateException("i vyn", new SQLTransientConnectionException(
                "HikariPool-1 - Connection is not available, request timed out after 30000ms")))).isEqualTo("fel.otillganglig");
        assertThat(felhantering.nyckel(new QueryTimeoutException("för långsam"))).isEqualTo("fel.otillganglig");
        assertThat(felhantering.nyckel(new DataAccessResourceFailureException("borta"))).isEqualTo("fel.otillganglig");
    }

    @Test
    void an_optimistic_conflict_says_someone_else_got_there_first() {
        assertThat(felhantering.nyckel(new ObjectOptimisticLockingFailureException("UppdragEntity", 1L)))
                .isEqualTo("fel.samtidig-andring");
    }

    @Test
    void a_refusal_and_anything_else_keep_their_messages() {
        assertThat(felhantering.nyckel(new RuntimeException(new AccessDeniedException("nej")))).isEqualTo("fel.behorighet");
        assertThat(felhantering.nyckel(new IllegalStateException("ett fel i koden"))).isEqualTo("fel.ovantat");
    }
}
