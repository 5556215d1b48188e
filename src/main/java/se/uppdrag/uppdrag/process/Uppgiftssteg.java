package se.uppdrag.uppdrag.process;

import java.util.Map;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.uppdrag.uppdrag.internal.UppdragEntity;
import se.uppdrag.uppdrag.internal.UppdragRepository;
import se.uppdrag.workflow.Uppgift;
import se.uppdrag.workflow.UppgiftFilter;
import se.uppdrag.workflow.UppgiftService;

/** The common part of every task an uppdrag's people complete: who may, which uppdrag, and completing it. */
@Component
@Transactional
public class Uppgiftssteg {

    private final UppgiftService uppgifter;
    private final RuntimeService runtime;
    private final UppdragRepository uppdrag;
    private final TaskService tasks;

    Uppgiftssteg(UppgiftService uppgifter, RuntimeService runtime, UppdragRepository uppdrag, TaskService tasks) {
        this.uppgifter = uppgifter;
        this.runtime = runtime;
        this.uppdrag = uppdrag;
        this.tasks = tasks;
    }

    /** The task, if it is of the expected kind and the user may complete it. Checked before anything is written. */
    public Uppgift uppgift(String taskId, String typ) {
        var uppgift = uppgifter.attSlutfora(taskId);
        if (!typ.equals(uppgift.typ())) {
            throw new IllegalArgumentException("Uppgiften är av ett annat slag än formuläret");
        }
        return uppgift;
    }

    /** The current user's own task of the given kind for the uppdrag, if they have one. */
    public java.util.Optional<Uppgift> minUppgift(long uppdragId, String typ) {
        return uppgifter.mina(new UppgiftFilter("", java.util.Set.of(typ), false, UppgiftFilter.Sortering.FORFALLER)).stream()
                .filter(u -> u.arende() != null && u.arende().nyckel().equals(String.valueOf(uppdragId))).findFirst();
    }

    public UppdragEntity uppdrag(Uppgift uppgift) {
        var id = (Long) runtime.getVariable(uppgift.processinstans(), UppdragProcess.UPPDRAG_ID);
        return uppdrag.findById(id).orElseThrow();
    }

    public @Nullable Object variabel(Uppgift uppgift, String namn) {
        return runtime.getVariable(uppgift.processinstans(), namn);
    }

    /** A variable as the task sees it: its own execution's first (e.g. the element of a multi-instance), then the process's. */
    public @Nullable Object uppgiftsvariabel(Uppgift uppgift, String namn) {
        return tasks.getVariable(uppgift.id(), namn);
    }

    public void satt(Uppgift uppgift, String namn, Object varde) {
        runtime.setVariable(uppgift.processinstans(), namn, varde);
    }

    public void slutfor(Uppgift uppgift, Map<String, Object> variabler) {
        uppgifter.slutfor(uppgift.id(), variabler);
    }

    /** A required free text, or a Swedish message saying what to write. */
    public static String text(@Nullable String text, String meddelande) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(meddelande);
        }
        return text.strip();
    }
}
