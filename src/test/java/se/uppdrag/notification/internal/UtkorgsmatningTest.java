package se.uppdrag.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Status;
import se.uppdrag.IntegrationTest;
import se.uppdrag.JusterbarKlocka;
import se.uppdrag.notification.MailTyp;

/** Readiness says out of service when more mails than the limit have waited longer than the waiting time. */
@IntegrationTest
class UtkorgsmatningTest {

    @Autowired
    UtgaendePostRepository post;
    @Autowired
    JusterbarKlocka klocka;

    @AfterEach
    void aterstall() {
        klocka.aterstall();
    }

    @Test
    void a_backlog_above_the_limit_takes_the_node_out_of_service_and_a_fresh_queue_does_not() {
        var tidigare = post.efterslapande(klocka.instant().minus(Duration.ofMinutes(30)));
        var matning = new Utkorgsmatning(post, klocka, new SimpleMeterRegistry(), Duration.ofMinutes(30), tidigare);
        assertThat(matning.health().getStatus()).isEqualTo(Status.UP);

        post.save(new UtgaendePostEntity("test:" + UUID.randomUUID(), "kö@region.example", null, null, MailTyp.UPPGIFT_TILLDELAD,
                "Ämne", "<p>x</p>", "x", null, UtgaendePostEntity.Status.VANTAR, klocka.instant()));
        assertThat(matning.health().getStatus()).as("just queued is no backlog").isEqualTo(Status.UP);

        klocka.flytta(Duration.ofMinutes(31));
        var halsa = matning.health();
        assertThat(halsa.getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
        assertThat((Long) halsa.getDetails().get("efterslap")).isGreaterThan(tidigare);
    }
}
