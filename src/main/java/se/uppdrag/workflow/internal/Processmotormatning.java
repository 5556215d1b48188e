package se.uppdrag.workflow.internal;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.flowable.engine.ManagementService;
import org.flowable.engine.ProcessEngine;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The process engine as operations see it. Health "processmotor" (part of readiness): down when the async executor,
 * which runs timers and parallel completions, is configured to run on this node ({@code flowable.async-executor-activate})
 * but does not. Jobs that failed every retry
 * (dead-letter jobs) are reported as a detail and as the metric {@code uppdrag.processmotor.dodbrev}, not as down:
 * taking the node out of the load balancer would not bring them back; an operator must look at them.
 */
@Component("processmotor")
class Processmotormatning implements HealthIndicator {

    private final ProcessEngine motor;
    private final ManagementService management;

    Processmotormatning(ProcessEngine motor, ManagementService management, MeterRegistry matare) {
        this.motor = motor;
        this.management = management;
        Gauge.builder("uppdrag.processmotor.dodbrev", management, m -> m.createDeadLetterJobQuery().count())
                .description("Process jobs that failed every retry").register(matare);
        Gauge.builder("uppdrag.processmotor.jobb", management, m -> m.createJobQuery().count())
                .description("Process jobs waiting to run").register(matare);
    }

    @Override
    public Health health() {
        var konfiguration = motor.getProcessEngineConfiguration();
        var executor = konfiguration.getAsyncExecutor();
        var aktiv = executor != null && executor.isActive();
        var ska = konfiguration.isAsyncExecutorActivate();
        return (aktiv || !ska ? Health.up() : Health.down()).withDetail("asyncExecutor", aktiv).withDetail("asyncExecutorKonfigurerad", ska)
                .withDetail("dodbrev", management.createDeadLetterJobQuery().count()).build();
    }
}
