package se.uppdrag.notification.internal;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outbox as operations see it. Health "utkorg" (part of readiness): out of service when more than
 * {@code uppdrag.drift.utkorg.max-efterslap} mails have waited longer than {@code uppdrag.drift.utkorg.vantetid} — the
 * node cannot deliver what users are promised. Metrics: {@code uppdrag.utkorg.vantande} (waiting or being sent),
 * {@code uppdrag.utkorg.misslyckade} (given up after every attempt) and {@code uppdrag.utkorg.efterslap}.
 */
@Component("utkorg")
@Transactional(readOnly = true)
class Utkorgsmatning implements HealthIndicator {

    private final UtgaendePostRepository post;
    private final Clock clock;
    private final Duration vantetid;
    private final long maxEfterslap;

    Utkorgsmatning(UtgaendePostRepository post, Clock clock, MeterRegistry matare,
            @Value("${uppdrag.drift.utkorg.vantetid:PT30M}") Duration vantetid,
            @Value("${uppdrag.drift.utkorg.max-efterslap:500}") long maxEfterslap) {
        this.post = post;
        this.clock = clock;
        this.vantetid = vantetid;
        this.maxEfterslap = maxEfterslap;
        Gauge.builder("uppdrag.utkorg.vantande", post, p -> p.countByStatus(UtgaendePostEntity.Status.VANTAR)
                + p.countByStatus(UtgaendePostEntity.Status.SKICKAS)).description("Mails waiting to go out").register(matare);
        Gauge.builder("uppdrag.utkorg.misslyckade", post, p -> p.countByStatus(UtgaendePostEntity.Status.MISSLYCKAD))
                .description("Mails given up after every attempt").register(matare);
        Gauge.builder("uppdrag.utkorg.efterslap", this, m -> m.efterslap())
                .description("Mails waiting longer than uppdrag.drift.utkorg.vantetid").register(matare);
    }

    private long efterslap() {
        return post.efterslapande(clock.instant().minus(vantetid));
    }

    @Override
    public Health health() {
        var efterslap = efterslap();
        var status = efterslap > maxEfterslap ? Health.outOfService() : Health.up();
        return status.withDetail("efterslap", efterslap).withDetail("maxEfterslap", maxEfterslap)
                .withDetail("vantetid", vantetid.toString()).build();
    }
}
