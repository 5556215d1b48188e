package se.uppdrag.uppdrag.process;

import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.uppdrag.uppdrag.internal.UppdragRepository;

/** The execution phase starts (model: {@code delegateExpression="${genomforandetBorjar}"}): the uppdrag is pågående. */
@Component("genomforandetBorjar")
@Transactional
class GenomforandetBorjar implements ExecutionListener {

    private final UppdragRepository uppdrag;

    GenomforandetBorjar(UppdragRepository uppdrag) {
        this.uppdrag = uppdrag;
    }

    @Override
    public void notify(DelegateExecution execution) {
        var entity = uppdrag.findById((Long) execution.getVariable(Processvariabler.UPPDRAG_ID)).orElseThrow();
        entity.genomforandetBorjar();
        uppdrag.save(entity);
    }
}
