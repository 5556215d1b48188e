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

    @Scheduled(fixedDelayString = "${uppdrag.mail.sandare.intervall:PT10S}", initialDelayString = "PT20S")
    @SchedulerLock(name = "utkorgen", lockAtMostFor = "PT15M")
    public void skicka() {
        sandare.skickaVantande();
    }

    @Scheduled(cron = "${uppdrag.mail.sammandrag.cron:0 0 ${uppdrag.mail.sammandrag.timme:7} * * *}", zone = "${uppdrag.tidszon}")
    @SchedulerLock(name = "sammandraget", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    public void sammandrag() {
        sammandrag.skapa();
    }
}
