package se.uppdrag.uppdrag.process;

import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.uppdrag.personer.Person;
import se.uppdrag.personer.PersonId;
import se.uppdrag.personer.Personkatalog;
import se.uppdrag.uppdrag.Uppgiftstyp;
import se.uppdrag.uppdrag.internal.UppdragRepository;
import se.uppdrag.workflow.Overlamningsregel;
import se.uppdrag.workflow.UppgiftNekadException;

/**
 * A decision (on the uppdrag or its final report) changes hands only to someone with the authority to take it: never
 * lent (the one who took it would not be the one who decided), and given for good only to another beslutsfattare of the
 * uppdrag who has no decision task of their own in it.
 */
@Component
@Transactional(readOnly = true)
class Beslutsbehorighet implements Overlamningsregel {

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final UppdragRepository uppdrag;
    private final Personkatalog personer;

    Beslutsbehorighet(RuntimeService runtime, TaskService tasks, UppdragRepository uppdrag, Personkatalog personer) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.uppdrag = uppdrag;
        this.personer = personer;
    }

    @Override
    public boolean tillater(String processnyckel, String uppgiftstyp, Satt satt) {
        // a decision is given for good only to someone with the authority (prova), and never lent
        return satt != Satt.DELEGERA || !arBeslut(processnyckel, uppgiftstyp);
    }

    private static boolean arBeslut(String processnyckel, String uppgiftstyp) {
        return Processvariabler.NYCKEL.equals(processnyckel) && Uppgiftstyp.av(uppgiftstyp).filter(Uppgiftstyp::arBeslut).isPresent();
    }

    @Override
    public void prova(String processnyckel, String uppgiftstyp, String processinstans, PersonId till, Satt satt) {
        if (!arBeslut(processnyckel, uppgiftstyp)) {
            return;
        }
        if (satt == Satt.DELEGERA) {
            throw new UppgiftNekadException("beslut.fel.delegeras");
        }
        var id = (Long) Processvariabler.krav(runtime.getVariable(processinstans, Processvariabler.UPPDRAG_ID));
        var namn = personer.hitta(till).map(Person::namn).orElse(String.valueOf(till.value()));
        if (!uppdrag.findById(id).orElseThrow().arBeslutsfattare(till.value())) {
            throw new UppgiftNekadException("beslut.fel.omfordela-inte-beslutsfattare", namn);
        }
        if (tasks.createTaskQuery().processInstanceId(processinstans).taskDefinitionKey(uppgiftstyp)
                .taskAssignee(Processvariabler.person(till)).count() > 0) {
            throw new UppgiftNekadException("beslut.fel.omfordela-har-egen", namn);
        }
    }
}
