package se.uppdrag.workflow.internal;

import org.flowable.common.engine.api.FlowableObjectNotFoundException;
import org.flowable.common.engine.api.FlowableOptimisticLockingException;
import org.flowable.common.engine.api.FlowableTaskAlreadyClaimedException;
import org.flowable.task.api.Task;
import org.springframework.stereotype.Component;
import se.uppdrag.drift.Driftfel;

/**
 * The process engine's ways of saying that someone else acted first: its optimistic lock (two beslutsfattare completing
 * their tasks of one decision in the same moment), a task taken by another in the meantime, or a task that no longer
 * exists because it was completed in another tab after this one read it.
 */
@Component
class FlowableSamtidighet implements Driftfel.Samtidighet {

    @Override
    public boolean arKonflikt(Throwable orsak) {
        return orsak instanceof FlowableOptimisticLockingException || orsak instanceof FlowableTaskAlreadyClaimedException
                || orsak instanceof FlowableObjectNotFoundException saknas && saknas.getObjectClass() != null
                        && Task.class.isAssignableFrom(saknas.getObjectClass());
    }
}
