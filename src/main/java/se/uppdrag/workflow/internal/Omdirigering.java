package se.uppdrag.workflow.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Objects;
import java.util.Optional;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.uppdrag.personer.PersonId;
import se.uppdrag.security.CurrentUser;
import se.uppdrag.security.Inloggad;
import se.uppdrag.workflow.UppgiftService;
import se.uppdrag.workflow.Uppgiftshandelse;

/**
 * Routes the tasks of an absent person to their substitute and back. A task given to the substitute this way carries the
 * task-local variable {@link UppgiftService#ERSATTER_FOR} with the absent person's id, so that the inbox can say why the
 * substitute has it and the record can say for whom they acted; it loses that variable when it changes hands any other
 * way. Not secured: called by {@code FranvaroService} after its own checks, by the nightly job and by the engine's
 * listener when a task is given to someone.
 */
@Component
@Transactional
public class Omdirigering {

    private final FranvaroRepository franvaro;
    private final TaskService tasks;
    private final ApplicationEventPublisher handelser;
    private final CurrentUser currentUser;

    Omdirigering(FranvaroRepository franvaro, TaskService tasks, ApplicationEventPublisher handelser, CurrentUser currentUser) {
        this.franvaro = franvaro;
        this.tasks = tasks;
        this.handelser = handelser;
        this.currentUser = currentUser;
    }

    /** The person's absence on the day, if they are away. */
    @Transactional(readOnly = true)
    public Optional<FranvaroEntity> franvaro(long person, LocalDate dag) {
        return franvaro.pagaende(person, dag);
    }

    /** The substitute standing in for the person on the day, if the person is away. */
    @Transactional(readOnly = true)
    public Optional<Long> ersattareIdag(long person, LocalDate dag) {
        return franvaro.pagaende(person, dag).map(FranvaroEntity::ersattareId);
    }

    /**
     * Makes the tasks agree with the absences of the day: every task held by someone away goes to their substitute, and
     * every task a substitute holds for someone no longer away (or now away with another substitute) goes back.
     */
    public void synka(LocalDate dag) {
        var ersattare = new HashMap<Long, Long>();
        franvaro.pagaende(dag).forEach(f -> ersattare.put(f.personId(), f.ersattareId()));
        for (var task : tasks.createTaskQuery().active().taskVariableExists(UppgiftService.ERSATTER_FOR).includeTaskLocalVariables().list()) {
            var forVem = Long.parseLong(String.valueOf(task.getTaskLocalVariables().get(UppgiftService.ERSATTER_FOR)));
            if (!ersattare.containsKey(forVem)) {
                tasks.removeVariableLocal(task.getId(), UppgiftService.ERSATTER_FOR);
                tasks.setAssignee(task.getId(), String.valueOf(forVem));
                publicera(Uppgiftshandelse.Slag.FRAN_ERSATTARE, task, id(task.getAssignee()), forVem);
            } else if (!Objects.equals(ersattare.get(forVem), id(task.getAssignee()))) {
                ge(task, forVem, ersattare.get(forVem));
            }
        }
        ersattare.forEach((person, till) -> tasks.createTaskQuery().active().taskAssignee(String.valueOf(person)).list()
                .forEach(task -> ge(task, person, till)));
    }

    /** When a task has just been given to someone: to their substitute if they are away; otherwise it is theirs alone. */
    void tilldelad(Task task, LocalDate dag) {
        var assignee = id(task.getAssignee());
        var forVem = tasks.getVariableLocal(task.getId(), UppgiftService.ERSATTER_FOR);
        if (forVem != null && !Objects.equals(ersattareIdag(Long.parseLong(forVem.toString()), dag).orElse(null), assignee)) {
            tasks.removeVariableLocal(task.getId(), UppgiftService.ERSATTER_FOR);
        }
        if (assignee != null) {
            ersattareIdag(assignee, dag).ifPresent(ersattare -> ge(task, assignee, ersattare));
        }
    }

    private void ge(Task task, long franvarande, long ersattare) {
        var fran = id(task.getAssignee());
        tasks.setVariableLocal(task.getId(), UppgiftService.ERSATTER_FOR, String.valueOf(franvarande));
        tasks.setAssignee(task.getId(), String.valueOf(ersattare));
        publicera(Uppgiftshandelse.Slag.TILL_ERSATTARE, task, fran, ersattare);
    }

    /** Tells the feature whose task it is, so that its record shows who had the task and why it moved. */
    private void publicera(Uppgiftshandelse.Slag slag, Task task, @Nullable Long fran, long till) {
        var definition = String.valueOf(task.getProcessDefinitionId());
        var arende = task.getProcessInstanceId() == null ? null : tasks.getVariable(task.getId(), UppgiftService.ARENDENYCKEL);
        handelser.publishEvent(new Uppgiftshandelse(slag, task.getId(), String.valueOf(task.getName()),
                definition.contains(":") ? definition.substring(0, definition.indexOf(':')) : definition,
                arende == null ? null : arende.toString(), currentUser.get().map(Inloggad::personId).orElse(null), null,
                fran == null ? null : new PersonId(fran), new PersonId(till), null));
    }

    private static @Nullable Long id(@Nullable String assignee) {
        return assignee == null ? null : Long.valueOf(assignee);
    }
}
