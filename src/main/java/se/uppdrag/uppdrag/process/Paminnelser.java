package se.uppdrag.uppdrag.process;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import org.flowable.engine.TaskService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.uppdrag.notification.MailTyp;
import se.uppdrag.uppdrag.internal.UppdragRepository;
import se.uppdrag.uppdrag.notiser.UppdragNotiser;

/**
 * Reminders a few days before a task is due, and escalation when it is late: first to the one who has it,
 * after a week also to the uppdragstagare, after two to the uppdragsgivare. Each step is sent once.
 */
@Component
@Transactional
public class Paminnelser {

    private final TaskService tasks;
    private final UppdragRepository uppdrag;
    private final UppdragNotiser notiser;
    private final Clock clock;
    private final int dagarFore;
    private final int steg2;
    private final int steg3;

    Paminnelser(TaskService tasks, UppdragRepository uppdrag, UppdragNotiser notiser, Clock clock,
            @Value("${uppdrag.mail.paminnelse.dagar-fore:3}") int dagarFore,
            @Value("${uppdrag.mail.eskalering.till-uppdragstagare-dagar:7}") int steg2,
            @Value("${uppdrag.mail.eskalering.till-uppdragsgivare-dagar:14}") int steg3) {
        this.tasks = tasks;
        this.uppdrag = uppdrag;
        this.notiser = notiser;
        this.clock = clock;
        this.dagarFore = dagarFore;
        this.steg2 = steg2;
        this.steg3 = steg3;
    }

    public void skicka() {
        var idag = LocalDate.now(clock);
        var grans = Date.from(idag.plusDays(dagarFore + 1L).atStartOfDay(clock.getZone()).toInstant());
        for (var task : tasks.createTaskQuery().processDefinitionKey(Processvariabler.NYCKEL).active().taskDueBefore(grans)
                .taskAssigned().includeProcessVariables().list()) {
            var entity = uppdrag.findById((Long) task.getProcessVariables().get(Processvariabler.UPPDRAG_ID)).orElse(null);
            if (entity == null) {
                continue;
            }
            var forfaller = task.getDueDate().toInstant().atZone(clock.getZone()).toLocalDate();
            var harDen = Processvariabler.person(task.getAssignee()).value();
            var sen = ChronoUnit.DAYS.between(forfaller, idag);
            if (sen <= 0) {
                notiser.paminnelse(entity, task.getId(), task.getName(), forfaller.toString(), MailTyp.PAMINNELSE, "paminnelse",
                        List.of(harDen), null);
                continue;
            }
            notiser.paminnelse(entity, task.getId(), task.getName(), forfaller.toString(), MailTyp.ESKALERING, "eskalering1",
                    List.of(harDen), null);
            if (sen >= steg2 && entity.uppdragstagareId() != null) {
                notiser.paminnelse(entity, task.getId(), task.getName(), forfaller.toString(), MailTyp.ESKALERING, "eskalering2",
                        List.of(entity.uppdragstagareId()), null);
            }
            if (sen >= steg3) {
                notiser.paminnelse(entity, task.getId(), task.getName(), forfaller.toString(), MailTyp.ESKALERING, "eskalering3",
                        entity.uppdragsgivare(), null);
            }
        }
    }
}
