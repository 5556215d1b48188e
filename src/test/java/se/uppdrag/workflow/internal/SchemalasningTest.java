package se.uppdrag.workflow.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.uppdrag.IntegrationTest;

/**
 * A scheduled job runs under its cluster lock (ShedLock, drift/Schemalaggning): while another node holds the lock, the
 * job does not run here and the lock stays the other node's; once that lock has expired, this node takes it.
 */
@IntegrationTest
class SchemalasningTest {

    private static final String LAS = "franvarodygnet";
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Franvarodygn jobbet;

    @AfterEach
    void slapp() {
        jdbc.update("delete from shedlock where name = ?", LAS);
    }

    private String innehavare() {
        return jdbc.queryForObject("select locked_by from shedlock where name = ?", String.class, LAS);
    }

    @Test
    void a_job_whose_lock_another_node_holds_does_not_run_and_runs_here_once_that_lock_has_expired() {
        jdbc.update("delete from shedlock where name = ?", LAS);
        jdbc.update("insert into shedlock (name, lock_until, locked_at, locked_by) values (?, ?, ?, ?)", LAS,
                Timestamp.from(Instant.now().plus(Duration.ofDays(1))), Timestamp.from(Instant.now()), "nod-2");

        jobbet.nyttDygn();

        assertThat(innehavare()).as("the other node still holds it: the job was skipped").isEqualTo("nod-2");

        jdbc.update("update shedlock set lock_until = ? where name = ?", Timestamp.from(Instant.now().minus(Duration.ofDays(1))), LAS);

        jobbet.nyttDygn();

        assertThat(innehavare()).as("this node took the expired lock and ran the job").isNotEqualTo("nod-2");
    }
}
