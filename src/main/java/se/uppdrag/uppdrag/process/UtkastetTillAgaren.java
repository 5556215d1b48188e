package se.uppdrag.uppdrag.process;

import org.flowable.engine.delegate.TaskListener;
import org.flowable.task.service.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.uppdrag.uppdrag.internal.UppdragRepository;

/**
 * The task "Bearbeta utkastet" is created (model: {@code delegateExpression="${utkastetTillAgaren}"}): the draft is back
 * with its owner, and a round of remiss that was open has ended.
 */
@Component("utkastetTillAgaren")
@Transactional
class UtkastetTillAgaren implements TaskListener {

    private final UppdragRepository uppdrag;

    UtkastetTillAgaren(UppdragRepository uppdrag) {
        this.uppdrag = uppdrag;
    }

    @Override
    public void notify(DelegateTask task) {
        var entity = uppdrag.findById((Long) task.getVariable(Processvariabler.UPPDRAG_ID)).orElseThrow();
        entity.remissenAvslutad();
        uppdrag.save(entity);
    }
}
