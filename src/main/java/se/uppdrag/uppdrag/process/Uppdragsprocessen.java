package se.uppdrag.uppdrag.process;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Objects;
import org.flowable.bpmn.model.BoundaryEvent;
import org.flowable.engine.HistoryService;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.uppdrag.personer.PersonId;
import se.uppdrag.uppdrag.UppdragHistorikService.Processlage;
import se.uppdrag.uppdrag.internal.UppdragEntity;
import se.uppdrag.workflow.UppgiftService;

/**
 * The one door from the uppdrag feature to the process engine for whole processes: starting an uppdrag's process,
 * pausing, resuming and ending it, and reading where it stands. Tasks go through {@link Uppgiftssteg}; what the model
 * calls by itself is in {@link Livscykel} and the delegates beside it. Nothing else in {@code se.uppdrag.uppdrag} uses
 * Flowable (ArchitectureTest).
 */
@Component
@Transactional
public class Uppdragsprocessen {

    /** The process key; the inbox's tasks of this process are uppdrag tasks. */
    public static final String NYCKEL = Processvariabler.NYCKEL;

    /** Where a process starts: a new draft, or an uppdrag decided before the system was used. */
    public enum Fas { UTKAST, GENOMFORANDE }

    /** The model's task in which the uppdragstagare hands in the final report. */
    private static final String SLUTRAPPORT = "slutrapport";

    private final RuntimeService runtime;
    private final TaskService uppgifter;
    private final HistoryService historik;
    private final RepositoryService modeller;
    private final Clock clock;
    private final boolean registratorBekraftar;
    private final Statustimrar statustimrar;

    Uppdragsprocessen(RuntimeService runtime, TaskService uppgifter, HistoryService historik, RepositoryService modeller,
            Clock clock, @Value("${uppdrag.registrering.bekraftas:false}") boolean registratorBekraftar,
            Statustimrar statustimrar) {
        this.statustimrar = statustimrar;
        this.runtime = runtime;
        this.uppgifter = uppgifter;
        this.historik = historik;
        this.modeller = modeller;
        this.clock = clock;
        this.registratorBekraftar = registratorBekraftar;
    }

    /** Starts the uppdrag's process in the transaction that saves the uppdrag. */
    public void starta(UppdragEntity uppdrag, Fas fas) {
        var id = Objects.requireNonNull(uppdrag.id());
        var variabler = new HashMap<String, Object>();
        variabler.put(UppgiftService.ARENDENYCKEL, String.valueOf(id));
        variabler.put(Processvariabler.UPPDRAG_ID, id);
        variabler.put(Processvariabler.AGARE, Processvariabler.person(new PersonId(uppdrag.agareId())));
        variabler.put(Processvariabler.STARTFAS, fas.name());
        variabler.put(Processvariabler.REGISTRATOR_BEKRAFTAR, registratorBekraftar);
        if (fas == Fas.GENOMFORANDE) {
            variabler.putAll(Processvariabler.genomforande(uppdrag, clock.getZone()));
        }
        var instans = runtime.startProcessInstanceByKey(NYCKEL, String.valueOf(id), variabler);
        uppdrag.processStartad(instans.getProcessInstanceId());
    }

    /** Tasks and timers stop until {@link #ateruppta}. */
    public void pausa(UppdragEntity uppdrag) {
        runtime.suspendProcessInstanceById(uppdrag.processId());
    }

    /**
     * Tasks and timers run again; a status timer whose dates changed meanwhile moves to the new next one, and a
     * återredovisning date moved meanwhile reaches the final report's task.
     */
    public void ateruppta(UppdragEntity uppdrag) {
        runtime.activateProcessInstanceById(uppdrag.processId());
        statustimrar.flytta(java.util.Objects.requireNonNull(uppdrag.processId()));
        flyttaAterredovisning(uppdrag);
    }

    /**
     * The återredovisning date moved: the final report's task, when it is open, falls due on the new date (its reminders
     * follow it), and one created later takes it from the variable. A paused process cannot be changed: it takes the
     * date when it is resumed ({@link #ateruppta}).
     */
    public void flyttaAterredovisning(UppdragEntity uppdrag) {
        var processId = uppdrag.processId();
        var senast = uppdrag.aterredovisasSenast();
        var instans = processId == null ? null : runtime.createProcessInstanceQuery().processInstanceId(processId).singleResult();
        if (instans == null || instans.isSuspended() || senast == null) {
            return;
        }
        var forfaller = Processvariabler.slutet(senast, clock.getZone());
        runtime.setVariable(processId, Processvariabler.ATERREDOVISAS_SENAST, forfaller);
        uppgifter.createTaskQuery().processInstanceId(processId).taskDefinitionKey(SLUTRAPPORT).list()
                .forEach(uppgift -> uppgifter.setDueDate(uppgift.getId(), forfaller));
    }

    /** Ends the process (struck or superseded): its tasks end, its history stays. */
    public void avsluta(UppdragEntity uppdrag, String orsak) {
        var processId = uppdrag.processId();
        var instans = processId == null ? null : runtime.createProcessInstanceQuery().processInstanceId(processId).singleResult();
        if (instans == null) {
            return;
        }
        if (instans.isSuspended()) {
            runtime.activateProcessInstanceById(processId);
        }
        runtime.deleteProcessInstance(processId, orsak);
    }

    /** Whether the person has had (or has) a task in the uppdrag's process: a reviewer, a delegate. */
    @Transactional(readOnly = true)
    public boolean harHaftUppgift(@Nullable String processId, PersonId person) {
        return processId != null && historik.createHistoricTaskInstanceQuery().processInstanceId(processId)
                .taskInvolvedUser(Processvariabler.person(person)).count() > 0;
    }

    /** The process model and the steps that are active now and that have been passed. */
    @Transactional(readOnly = true)
    public Processlage processlage(@Nullable String processId) {
        var instans = processId == null ? null
                : historik.createHistoricProcessInstanceQuery().processInstanceId(processId).singleResult();
        var definitionId = instans != null ? instans.getProcessDefinitionId()
                : modeller.createProcessDefinitionQuery().processDefinitionKey(NYCKEL).latestVersion().singleResult().getId();
        String xml;
        try (var strom = modeller.getProcessModel(definitionId)) {
            xml = new String(strom.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException fel) {
            throw new IllegalStateException("The process model " + definitionId + " could not be read", fel);
        }
        if (processId == null) {
            return new Processlage(xml, List.of(), List.of());
        }
        // a boundary timer waits beside its step: the uppdrag does not stand at "svarsdatum passerat" until it fires
        var modell = modeller.getBpmnModel(definitionId);
        var aktiva = runtime.createExecutionQuery().processInstanceId(processId).list().stream()
                .map(e -> e.getActivityId()).filter(Objects::nonNull)
                .filter(aktivitet -> !(modell.getFlowElement(aktivitet) instanceof BoundaryEvent)).distinct().toList();
        var passerade = historik.createHistoricActivityInstanceQuery().processInstanceId(processId).finished().list().stream()
                .map(a -> a.getActivityId()).distinct().toList();
        return new Processlage(xml, new ArrayList<>(aktiva), passerade);
    }
}
