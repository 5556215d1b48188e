package se.uppdrag.uppdrag.process;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.uppdrag.personer.PersonId;
import se.uppdrag.text.OgiltigtVardeException;
import se.uppdrag.uppdrag.UppdragId;
import se.uppdrag.uppdrag.Uppgiftstyp;
import se.uppdrag.uppdrag.internal.PaUppdragAv;
import se.uppdrag.uppdrag.internal.UppdragEntity;
import se.uppdrag.uppdrag.internal.UppdragRepository;
import se.uppdrag.workflow.Uppgift;
import se.uppdrag.workflow.UppgiftFilter;
import se.uppdrag.workflow.UppgiftService;

/**
 * The services' door to the tasks of an uppdrag's process: which task and uppdrag, what the process knows about it
 * (typed, never strings parsed back by the caller), and completing it with the outcome the model branches on.
 */
@Component
@Transactional
public class Uppgiftssteg {

    private final UppgiftService uppgifter;
    private final RuntimeService runtime;
    private final UppdragRepository uppdrag;
    private final TaskService tasks;
    private final PaUppdragAv paUppdragAv;
    private final Clock clock;

    Uppgiftssteg(UppgiftService uppgifter, RuntimeService runtime, UppdragRepository uppdrag, TaskService tasks,
            PaUppdragAv paUppdragAv, Clock clock) {
        this.uppgifter = uppgifter;
        this.paUppdragAv = paUppdragAv;
        this.runtime = runtime;
        this.uppdrag = uppdrag;
        this.tasks = tasks;
        this.clock = clock;
    }

    /**
     * The task, if it is of the expected kind and the user may complete it. Checked before anything is written. From
     * here on the transaction's steps are recorded as taken for whom the task's holder acts for ({@link PaUppdragAv}).
     */
    public Uppgift uppgift(String taskId, Uppgiftstyp typ) {
        var uppgift = uppgifter.attSlutfora(taskId);
        if (!typ.nyckel().equals(uppgift.typ())) {
            throw new OgiltigtVardeException("uppgift.fel.annat-slag");
        }
        paUppdragAv.binda(uppgift.foretrader());
        return uppgift;
    }

    /** The current user's own task of the given kind for the uppdrag, if they have one. */
    public Optional<Uppgift> minUppgift(UppdragId id, Uppgiftstyp typ) {
        return uppgifter.mina(new UppgiftFilter("", Set.of(typ.nyckel()), false, UppgiftFilter.Sortering.FORFALLER)).stream()
                .filter(u -> u.arende() != null && u.arende().nyckel().equals(String.valueOf(id.value()))).findFirst();
    }

    public UppdragEntity uppdrag(Uppgift uppgift) {
        var id = (Long) runtime.getVariable(uppgift.processinstans(), Processvariabler.UPPDRAG_ID);
        return uppdrag.findById(id).orElseThrow();
    }

    /** Sends the draft på remiss: the reviewers answer the given version by the end of the answer date. */
    public void skickaPaRemiss(Uppgift utkast, List<PersonId> granskare, LocalDate svarsdatum, int version) {
        uppgifter.slutforSteg(utkast.id(), Map.of(Processvariabler.ATGARD, "REMISS",
                Processvariabler.REMISSGRANSKARE, new ArrayList<>(granskare.stream().distinct().map(Processvariabler::person).toList()),
                Processvariabler.SVARSTID, Processvariabler.slutet(svarsdatum, clock.getZone()),
                Processvariabler.REMISSVERSION, version));
    }

    /** Sends the draft för beslut to the beslutsfattare, no one having decided yet. */
    public void skickaForBeslut(Uppgift utkast, List<PersonId> beslutsfattare) {
        uppgifter.slutforSteg(utkast.id(), Map.of(Processvariabler.ATGARD, "BESLUT",
                Processvariabler.BESLUTSFATTARNA, new ArrayList<>(beslutsfattare.stream().map(Processvariabler::person).toList()),
                Processvariabler.BESLUTSUTFALL, Processvariabler.VANTAR, Processvariabler.FASTSTALLDA, new ArrayList<String>(),
                Processvariabler.FASTSTALLDA_AV_ERSATTARE, new ArrayList<String>()));
    }

    /** The version of the draft the reviewer's round concerns. */
    public int remissversion(Uppgift uppgift) {
        return (Integer) Processvariabler.krav(runtime.getVariable(uppgift.processinstans(), Processvariabler.REMISSVERSION));
    }

    /** The last day of the round. */
    public LocalDate svarSenast(Uppgift uppgift) {
        var svarstid = (Date) Processvariabler.krav(runtime.getVariable(uppgift.processinstans(), Processvariabler.SVARSTID));
        return svarstid.toInstant().atZone(clock.getZone()).toLocalDate();
    }

    public List<PersonId> remissgranskare(Uppgift uppgift) {
        return Processvariabler.personer(runtime.getVariable(uppgift.processinstans(), Processvariabler.REMISSGRANSKARE));
    }

    /**
     * Records one beslutsfattare's fastställande, taken by their substitute if {@code ersattare} is given, and returns
     * every beslutsfattare who has fastställt so far, in order.
     */
    public List<PersonId> faststalltAv(Uppgift uppgift, PersonId beslutsfattare, @Nullable PersonId ersattare) {
        if (ersattare != null) {
            var tidigare = runtime.getVariable(uppgift.processinstans(), Processvariabler.FASTSTALLDA_AV_ERSATTARE);
            var lista = new ArrayList<String>(tidigare == null ? List.of() : Processvariabler.texter(tidigare));
            lista.add(Processvariabler.person(beslutsfattare) + ":" + Processvariabler.person(ersattare));
            runtime.setVariable(uppgift.processinstans(), Processvariabler.FASTSTALLDA_AV_ERSATTARE, lista);
        }
        return laggTill(uppgift, Processvariabler.FASTSTALLDA, beslutsfattare);
    }

    /** For each beslutsfattare whose fastställande a substitute took, that substitute. */
    public Map<PersonId, PersonId> ersattareVidBeslut(Uppgift uppgift) {
        var lista = runtime.getVariable(uppgift.processinstans(), Processvariabler.FASTSTALLDA_AV_ERSATTARE);
        var resultat = new java.util.HashMap<PersonId, PersonId>();
        if (lista != null) {
            Processvariabler.texter(lista).forEach(par -> resultat.put(Processvariabler.person(par.substring(0, par.indexOf(':'))),
                    Processvariabler.person(par.substring(par.indexOf(':') + 1))));
        }
        return resultat;
    }

    /**
     * Completes a decision task; a decision that is not {@link Beslutsutfall#VANTAR} ends the decision for every
     * beslutsfattare.
     */
    public void beslutat(Uppgift uppgift, Beslutsutfall utfall) {
        if (utfall != Beslutsutfall.VANTAR) {
            runtime.setVariable(uppgift.processinstans(), Processvariabler.BESLUTSUTFALL, utfall.name());
        }
        uppgifter.slutforSteg(uppgift.id(), Map.of());
    }

    /** The activity's index in the tidplan that an activity task is for (its multi-instance element). */
    public int aktivitetsindex(Uppgift uppgift) {
        return Integer.parseInt(String.valueOf(tasks.getVariable(uppgift.id(), Processvariabler.AKTIVITETSINDEX)));
    }

    /** The final report handed in: the beslutsfattare decide on it, no one having approved it yet. */
    public void slutrapportLamnad(Uppgift uppgift) {
        uppgifter.slutforSteg(uppgift.id(), Map.of(Processvariabler.SLUTRAPPORTUTFALL, Processvariabler.VANTAR,
                Processvariabler.SLUTRAPPORT_GODKANDA, new ArrayList<String>()));
    }

    /** Records one beslutsfattare's approval of the final report and returns everyone who has approved it so far. */
    public List<PersonId> slutrapportGodkandAv(Uppgift uppgift, PersonId beslutsfattare) {
        return laggTill(uppgift, Processvariabler.SLUTRAPPORT_GODKANDA, beslutsfattare);
    }

    /** Adds the person to a list variable of people (none yet when it is not set) and returns the list, in order. */
    private List<PersonId> laggTill(Uppgift uppgift, String variabel, PersonId person) {
        var tidigare = runtime.getVariable(uppgift.processinstans(), variabel);
        var personer = new LinkedHashSet<>(tidigare == null ? List.of() : Processvariabler.personer(tidigare));
        personer.add(person);
        runtime.setVariable(uppgift.processinstans(), variabel,
                new ArrayList<>(personer.stream().map(Processvariabler::person).toList()));
        return List.copyOf(personer);
    }

    /**
     * Completes a decision on the final report: {@link Beslutsutfall#FASTSTALLT} approves it and closes the uppdrag,
     * {@link Beslutsutfall#ATERREMITTERAT} sends it back for komplettering (either ends it for every beslutsfattare),
     * {@link Beslutsutfall#VANTAR} waits for the others' approval.
     */
    public void slutrapportBeslutad(Uppgift uppgift, Beslutsutfall utfall) {
        switch (utfall) {
            case FASTSTALLT -> runtime.setVariable(uppgift.processinstans(), Processvariabler.SLUTRAPPORTUTFALL, "GODKAND");
            case ATERREMITTERAT, AVSLAGET -> runtime.setVariable(uppgift.processinstans(), Processvariabler.SLUTRAPPORTUTFALL,
                    "KOMPLETTERING");
            case VANTAR -> {
                // the others still decide
            }
        }
        uppgifter.slutforSteg(uppgift.id(), Map.of());
    }

    public void slutfor(Uppgift uppgift) {
        uppgifter.slutforSteg(uppgift.id(), Map.of());
    }

    /**
     * A status report was filed on the uppdrag's own page: its open request, if there is one, is done, whoever holds it
     * (the uppdragstagare, someone they lent it to, a substitute), so that no one is asked for it again. Returns whether
     * there was one.
     */
    public boolean statusrapportLamnad(UppdragEntity uppdrag) {
        var processId = uppdrag.processId();
        if (processId == null) {
            return false;
        }
        var oppna = tasks.createTaskQuery().processInstanceId(processId).taskDefinitionKey(Uppgiftstyp.STATUSRAPPORT.nyckel())
                .active().list();
        for (var task : oppna) {
            if (task.getDelegationState() == org.flowable.task.api.DelegationState.PENDING) {
                tasks.resolveTask(task.getId());
            }
            tasks.complete(task.getId());
        }
        return !oppna.isEmpty();
    }

    /** A required free text, or the message (by key) saying what to write. */
    public static String text(@Nullable String text, String nyckel) {
        if (text == null || text.isBlank()) {
            throw new OgiltigtVardeException(nyckel);
        }
        return text.strip();
    }
}
