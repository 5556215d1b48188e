package se.uppdrag.reporting.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.uppdrag.personer.PersonId;
import se.uppdrag.workflow.UppgiftService;

/**
 * The period report's door to the engine ({@code processes/uppfoljningsrapport.bpmn20.xml}): its process is started
 * when the report is, and its two tasks are completed by {@link se.uppdrag.reporting.PeriodrapportService} after it has
 * checked who acts, so that a task lent or handed on never lets anyone else approve.
 */
@Component
@Transactional
public class Periodrapportprocessen {

    public static final String NYCKEL = "uppfoljningsrapport";
    public static final String SAMMANSTALLNING = "periodrapportSammanstallning";
    public static final String GODKANNANDE = "periodrapportGodkannande";
    static final String GODKAND = "rapportenGodkand";
    static final String ATERREMISS = "aterremiss";

    private final RuntimeService runtime;
    private final TaskService tasks;

    Periodrapportprocessen(RuntimeService runtime, TaskService tasks) {
        this.runtime = runtime;
        this.tasks = tasks;
    }

    public void starta(long rapportId, PersonId sammanstallare, PersonId beslutsfattare) {
        var variabler = new HashMap<String, Object>();
        variabler.put(UppgiftService.ARENDENYCKEL, String.valueOf(rapportId));
        variabler.put("sammanstallare", String.valueOf(sammanstallare.value()));
        variabler.put("beslutsfattare", String.valueOf(beslutsfattare.value()));
        runtime.startProcessInstanceByKey(NYCKEL, String.valueOf(rapportId), variabler);
    }

    /** The report's open task of the kind, if its process stands there. */
    @Transactional(readOnly = true)
    public Optional<String> oppenUppgift(long rapportId, String uppgift) {
        return tasks.createTaskQuery().processDefinitionKey(NYCKEL).processInstanceBusinessKey(String.valueOf(rapportId))
                .taskDefinitionKey(uppgift).list().stream().map(org.flowable.task.api.Task::getId).findFirst();
    }

    /** The compiler is done: the report goes to its decision-maker. */
    public void klar(String taskId) {
        tasks.complete(taskId, Map.of(ATERREMISS, ""));
    }

    public void godkand(String taskId) {
        tasks.complete(taskId, Map.of(GODKAND, true));
    }

    /** Sent back to the compiler, whose new task carries the reason. */
    public void aterremitterad(String taskId, String kommentar) {
        tasks.complete(taskId, Map.of(GODKAND, false, ATERREMISS, kommentar));
    }
}
