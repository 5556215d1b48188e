package se.uppdrag.uppdrag.process;

import java.util.List;
import org.flowable.common.engine.api.delegate.event.FlowableEngineEventType;
import org.flowable.common.engine.api.delegate.event.FlowableEntityEvent;
import org.flowable.common.engine.api.delegate.event.FlowableEvent;
import org.flowable.common.engine.api.delegate.event.FlowableEventListener;
import org.flowable.task.service.impl.persistence.entity.TaskEntity;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import se.uppdrag.security.Rollinnehavare;
import se.uppdrag.uppdrag.Uppgiftstyp;
import se.uppdrag.uppdrag.notiser.UppdragNotiser;

/**
 * Tells people about their tasks: a task created for or given to someone, or offered to a group, queues a mail
 * in the same transaction. A new task is named first ({@link Uppgiftsnamngivning}), so that its mail names it. Registered on the engine by {@link UppdragEngineKonfiguration}.
 */
class UppgiftHandelseLyssnare implements FlowableEventListener {

    private final ObjectProvider<UppdragNotiser> notiser;
    private final ObjectProvider<Rollinnehavare> roller;
    private final Uppgiftsnamngivning namngivning;
    private final ObjectProvider<Clock> clock;

    UppgiftHandelseLyssnare(ObjectProvider<UppdragNotiser> notiser, ObjectProvider<Rollinnehavare> roller,
            Uppgiftsnamngivning namngivning, ObjectProvider<Clock> clock) {
        this.notiser = notiser;
        this.roller = roller;
        this.namngivning = namngivning;
        this.clock = clock;
    }

    @Override
    public void onEvent(FlowableEvent event) {
        if (!(event instanceof FlowableEntityEvent entityEvent) || !(entityEvent.getEntity() instanceof TaskEntity task)
                || task.getProcessDefinitionId() == null || !task.getProcessDefinitionId().startsWith(Processvariabler.NYCKEL + ":")) {
            return;
        }
        var typ = Uppgiftstyp.av(task.getTaskDefinitionKey()).orElse(null);
        if (typ == null) {
            return;
        }
        var namn = namngivning.namnge(task);
        var uppdragId = (Long) task.getVariable(Processvariabler.UPPDRAG_ID);
        var forfaller = task.getDueDate() == null ? null
                : task.getDueDate().toInstant().atZone(clock.getObject().getZone()).toLocalDate().toString();
        if (task.getAssignee() != null) {
            notiser.getObject().uppgift(uppdragId, task.getId(), namn, typ, forfaller,
                    List.of(Processvariabler.person(task.getAssignee()).value()), false);
        } else if (event.getType() == FlowableEngineEventType.TASK_CREATED) {
            var grupper = task.getCandidates().stream().map(link -> link.getGroupId()).filter(g -> g != null).toList();
            var mottagare = grupper.stream().flatMap(g -> roller.getObject().medRoll(g).stream()).map(p -> p.value()).distinct().toList();
            notiser.getObject().uppgift(uppdragId, task.getId(), namn, typ, forfaller, mottagare, true);
        }
    }

    @Override
    public boolean isFailOnException() {
        return false;
    }

    @Override
    public boolean isFireOnTransactionLifecycleEvent() {
        return false;
    }

    @Override
    public String getOnTransaction() {
        return null;
    }
}
