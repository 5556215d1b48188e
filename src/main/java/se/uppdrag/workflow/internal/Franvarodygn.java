package se.uppdrag.workflow.internal;

import java.time.Clock;
import java.time.LocalDate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Each night just after midnight, and once when the application starts (in case it was down at midnight), the tasks
 * follow the absences of the new day: to the substitutes of those whose absence begins, back to those whose ended.
 */
@Component
class Franvarodygn {

    private final Omdirigering omdirigering;
    private final Clock clock;

    Franvarodygn(Omdirigering omdirigering, Clock clock) {
        this.omdirigering = omdirigering;
        this.clock = clock;
    }

    @Scheduled(cron = "0 1 0 * * *", zone = "${uppdrag.tidszon}")
    @SchedulerLock(name = "franvarodygnet", lockAtMostFor = "PT10M")
    public void nyttDygn() {
        omdirigering.synka(LocalDate.now(clock));
    }

    @EventListener(ApplicationReadyEvent.class)
    void vidStart() {
        nyttDygn();
    }
}
