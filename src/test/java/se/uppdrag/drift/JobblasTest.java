package se.uppdrag.drift;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.uppdrag.IntegrationTest;

/**
 * A job locked by a node that died is free again within minutes, not Flowable's default hour: the engine's async
 * executor carries the lock times and the expired-lock reset of application.properties.
 */
@IntegrationTest
class JobblasTest {

    @Autowired
    ProcessEngine motor;

    @Test
    void a_job_of_a_dead_node_is_locked_for_minutes_and_the_expired_locks_are_reset_every_minute() {
        var konfiguration = (ProcessEngineConfigurationImpl) motor.getProcessEngineConfiguration();
        var utforare = konfiguration.getAsyncExecutor();

        assertThat(Duration.ofMillis(utforare.getAsyncJobLockTimeInMillis())).isEqualTo(Duration.ofMinutes(5));
        assertThat(Duration.ofMillis(utforare.getTimerLockTimeInMillis())).isEqualTo(Duration.ofMinutes(5));
        assertThat(Duration.ofMillis(utforare.getResetExpiredJobsInterval())).isEqualTo(Duration.ofMinutes(1));
        assertThat(konfiguration.getAsyncExecutorConfiguration().isResetExpiredJobEnabled()).isTrue();
    }
}
