package se.uppdrag.uppdrag.process;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Reminders and escalations once a day, before the digest goes out (or on the cron expression
 * {@code uppdrag.mail.paminnelse.cron}), on one node.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "uppdrag.mail.sandare.aktiv", havingValue = "true", matchIfMissing = true)
class PaminnelseSchema {

    private final Paminnelser paminnelser;

    PaminnelseSchema(Paminnelser paminnelser) {
        this.paminnelser = paminnelser;
    }

    @Scheduled(cron = "${uppdrag.mail.paminnelse.cron:0 30 ${uppdrag.mail.paminnelse.timme:6} * * *}", zone = "${uppdrag.tidszon}")
    @SchedulerLock(name = "paminnelserna", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    public void paminn() {
        paminnelser.skicka();
    }
}
