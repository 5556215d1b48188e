package se.uppdrag.uppdrag.process;

import java.util.HashMap;
import org.flowable.engine.RuntimeService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.uppdrag.uppdrag.internal.UppdragEntity;
import se.uppdrag.workflow.UppgiftService;

/** Starts the uppdrag's process in the transaction that saves the uppdrag. */
@Component
@Transactional
public class ProcessStart {

    /** Where a process starts: a new draft, or an uppdrag decided before the system was used. */
    public enum Fas { UTKAST, GENOMFORANDE }

    private final RuntimeService runtime;
    private final Livscykel livscykel;
    private final boolean registratorBekraftar;

    ProcessStart(RuntimeService runtime, Livscykel livscykel,
            @Value("${uppdrag.registrering.bekraftas:false}") boolean registratorBekraftar) {
        this.runtime = runtime;
        this.livscykel = livscykel;
        this.registratorBekraftar = registratorBekraftar;
    }

    public void starta(UppdragEntity uppdrag, Fas fas) {
        var id = uppdrag.id();
        var variabler = new HashMap<String, Object>();
        variabler.put(UppgiftService.ARENDENYCKEL, String.valueOf(id));
        variabler.put(UppdragProcess.UPPDRAG_ID, id);
        variabler.put(UppdragProcess.AGARE, String.valueOf(uppdrag.agareId()));
        variabler.put(UppdragProcess.STARTFAS, fas.name());
        variabler.put(UppdragProcess.REGISTRATOR_BEKRAFTAR, registratorBekraftar);
        if (fas == Fas.GENOMFORANDE) {
            variabler.putAll(livscykel.genomforandevariabler(uppdrag));
        }
        var instans = runtime.startProcessInstanceByKey(UppdragProcess.NYCKEL, String.valueOf(id), variabler);
        uppdrag.processStartad(instans.getProcessInstanceId());
    }
}
