package se.uppdrag.notification.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;
import se.uppdrag.notification.PostSandare;
import se.uppdrag.notification.Sammandrag;

/**
 * When mail goes out: the outbox every few seconds, the digest once a day at the configured hour (or on the cron
 * expression {@code uppdrag.mail.sammandrag.cron}); each on one node at a time.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "uppdrag.mail.sandare.aktiv", havingValue = "true", matchIfMissing = true)
class PostSchema {

    private final PostSandare sandare;
    private final Sammandrag sammandrag;

    PostSchema(PostSandare sandare, Sammandrag sammandrag) {
        this.sandare = sandare;
        this.sammandrag = sammandrag;
    }

    /**
     * Hands due mails to the sender's own pool and returns at once: the deliveries run on the pool's threads, never on
     * the scheduler's. The lock only keeps two nodes from handing out in the same moment (which would be harmless but
     * wasted work); that no mail goes twice is the per-mail claim in the database, which holds across nodes whether
     * or not a node's deliveries outlast this job.
     */
    @Scheduled(fixedDelayString = "${uppdrag.mail.sandare.intervall:PT10S}", initialDelayString = "PT20S")
    @SchedulerLock(name = "utkorgen", lockAtMostFor = "PT1M")
    public void skicka() {
        sandare.lamnaVantande();
    }

    @Scheduled(cron = "${uppdrag.mail.sammandrag.cron:0 0 ${uppdrag.mail.sammandrag.timme:7} * * *}", zone = "${uppdrag.tidszon}")
    @SchedulerLock(name = "sammandraget", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    public void sammandrag() {
        sammandrag.skapa();
    }
}
