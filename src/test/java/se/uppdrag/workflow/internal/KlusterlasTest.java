package se.uppdrag.workflow.internal;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import se.uppdrag.EgenSakerhetskontext;
import se.uppdrag.IntegrationTest;

/**
 * A scheduled job runs on one node at a time: while another node holds the job's lock in the shared database (a lock
 * provider of its own on the same table, as a second instance has), the job does not run on this one; once the lock is
 * free, it runs here. Not yet two whole instances: see the report of issue 15 for what that test needs.
 */
@IntegrationTest
@ExtendWith(EgenSakerhetskontext.class) // the spied bean makes a context of its own
class KlusterlasTest {

    @MockitoSpyBean
    Omdirigering omdirigering;
    @Autowired
    Franvarodygn dygnet;
    @Autowired
    DataSource databasen;

    @Test
    void while_another_node_holds_the_nightly_job_s_lock_the_job_does_not_run_here_and_runs_once_the_lock_is_free() {
        var annanNod = new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(databasen)).withTableName("shedlock").usingDbTime().build());
        var las = annanNod.lock(new LockConfiguration(Instant.now(), "franvarodygnet", Duration.ofMinutes(5), Duration.ZERO))
                .orElseThrow(() -> new AssertionError("the other node should get the free lock"));
        clearInvocations(omdirigering);
        try {
            dygnet.nyttDygn();
            verify(omdirigering, never()).synka(any());
        } finally {
            las.unlock();
        }

        dygnet.nyttDygn();
        verify(omdirigering, times(1)).synka(any());
    }
}
