package se.uppdrag.workflow.internal;

import java.time.Clock;
import java.time.LocalDate;
import org.flowable.common.engine.api.delegate.event.FlowableEngineEventType;
import org.flowable.common.engine.api.delegate.event.FlowableEntityEvent;
import org.flowable.common.engine.api.delegate.event.FlowableEvent;
import org.flowable.common.engine.api.delegate.event.FlowableEventListener;
import org.flowable.task.api.Task;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Sends a task given to someone who is away on to their substitute, in the same transaction, before anyone is told
 * about it: registered as a global listener, it runs before the features' typed listeners that mail the assignee.
 */
class FranvaroLyssnare implements FlowableEventListener {

    private final ObjectProvider<Omdirigering> omdirigering;
    private final ObjectProvider<Clock> clock;

    FranvaroLyssnare(ObjectProvider<Omdirigering> omdirigering, ObjectProvider<Clock> clock) {
        this.omdirigering = omdirigering;
        this.clock = clock;
    }

    @Override
    public void onEvent(FlowableEvent event) {
        if (event.getType() == FlowableEngineEventType.TASK_ASSIGNED && event instanceof FlowableEntityEvent entityEvent
                && entityEvent.getEntity() instanceof Task task) {
            omdirigering.getObject().tilldelad(task, LocalDate.now(clock.getObject()));
        }
    }

    @Override
    public boolean isFailOnException() {
        return true;
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
