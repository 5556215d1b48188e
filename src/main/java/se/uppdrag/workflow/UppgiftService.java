package se.uppdrag.workflow;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.task.api.DelegationState;
import org.flowable.task.api.Task;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.uppdrag.drift.Inlamningar;
import se.uppdrag.personer.PersonId;
import se.uppdrag.personer.PersonService;
import se.uppdrag.security.CurrentUser;
import se.uppdrag.security.Inloggad;
import se.uppdrag.security.Roller;
import se.uppdrag.text.OgiltigtVardeException;

/**
 * The inbox: my tasks and those I may claim; claim, release, delegate, reassign, comment and complete. Every
 * action checks here that the user may take it, because Flowable's task service checks nothing. Assignees are
 * person ids; groups are role names. Each action is published as an {@link Uppgiftshandelse} in its transaction, for
 * the feature whose process made the task to record.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class UppgiftService {

    /** The process variable that names what a process is about (for uppdrag: the uppdrag's id). */
    public static final String ARENDENYCKEL = "arendenyckel";
    /** The task-local variable with the message key of the task's name (see {@link Uppgiftsnamn}). */
    public static final String NAMNNYCKEL = "namnnyckel";
    /** The task-local variable with the argument of the task's name, when its key takes one. */
    public static final String NAMNARGUMENT = "namnargument";
    /** The task-local variable with the id of the absent person whose task a substitute (ersättare) holds. */
    public static final String ERSATTER_FOR = "ersatterFor";
    private static final int MAX = 1000;
    private final TaskService tasks;
    private final RuntimeService runtime;
    private final CurrentUser currentUser;
    private final PersonService personer;
    private final List<ArendeKalla> kallor;
    private final List<Overlamningsregel> overlamningsregler;
    private final ApplicationEventPublisher handelser;
    private final Clock clock;

    private final Inlamningar inlamningar;

    UppgiftService(TaskService tasks, RuntimeService runtime, CurrentUser currentUser, PersonService personer,
            List<ArendeKalla> kallor, List<Overlamningsregel> overlamningsregler, ApplicationEventPublisher handelser,
            Clock clock, Inlamningar inlamningar) {
        this.inlamningar = inlamningar;
        this.tasks = tasks;
        this.runtime = runtime;
        this.handelser = handelser;
        this.currentUser = currentUser;
        this.personer = personer;
        this.kallor = kallor;
        this.overlamningsregler = overlamningsregler;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Uppgift> mina(UppgiftFilter filter) {
        var jag = currentUser.require();
        return uppgifter(tasks.createTaskQuery().taskAssignee(id(jag)).active()
                .includeTaskLocalVariables().listPage(0, MAX), filter);
    }

    @Transactional(readOnly = true)
    public List<Uppgift> attTa(UppgiftFilter filter) {
        var jag = currentUser.require();
        return uppgifter(tasks.createTaskQuery().or().taskCandidateUser(id(jag)).taskCandidateGroupIn(List.copyOf(jag.roller())).endOr()
                .taskUnassigned()
                .active().includeTaskLocalVariables().listPage(0, MAX), filter);
    }

    @Transactional(readOnly = true)
    public Uppgift hamta(String taskId) {
        var task = task(taskId);
        var jag = currentUser.require();
        if (!arTilldelad(task, jag) && !arKandidat(task, jag) && !arDelegeradAv(task, jag) && !arAnsvarig(task, jag)) {
            throw new UppgiftNekadException("uppgift.fel.inte-din");
        }
        return uppgifter(List.of(task), UppgiftFilter.alla()).getFirst();
    }

    public void ta(String taskId) {
        ta(taskId, null);
    }

    /** The same, sent from a form with its key: sent again, it is applied once ({@link Inlamningar}). */
    public void ta(String taskId, @Nullable UUID nyckel) {
        inlamningar.enGang(nyckel, "uppgift.ta:" + taskId, () -> {
            var task = task(taskId);
            var jag = currentUser.require();
            if (task.getAssignee() != null || !arKandidat(task, jag)) {
                throw new UppgiftNekadException("uppgift.fel.kan-inte-tas");
            }
            tasks.claim(taskId, id(jag));
            publicera(task, Uppgiftshandelse.Slag.TAGEN, null, jag.personId(), null);
        });
    }

    /**
     * What the user may do with the task besides its form, read once for the task's page: give it back to its group
     * (they have it from a group), lend it (their own, not already lent, of a kind that may be lent at all), or hand it to
     * someone else for good (its holder, the case's owner or an administrator).
     */
    @Transactional(readOnly = true)
    public Uppgiftsmojligheter mojligheter(String taskId) {
        var task = task(taskId);
        var jag = currentUser.require();
        var tilldelad = arTilldelad(task, jag);
        var processnyckel = processnyckel(task);
        return new Uppgiftsmojligheter(
                tilldelad && tasks.getIdentityLinksForTask(taskId).stream().anyMatch(link -> link.getGroupId() != null),
                tilldelad && task.getDelegationState() != DelegationState.PENDING
                        && tillater(processnyckel, task, Overlamningsregel.Satt.DELEGERA),
                (tilldelad || arAnsvarig(task, jag) || jag.har(Roller.ADMINISTRATOR))
                        && tillater(processnyckel, task, Overlamningsregel.Satt.OMFORDELA));
    }

    private boolean tillater(String processnyckel, Task task, Overlamningsregel.Satt satt) {
        return overlamningsregler.stream().allMatch(regel -> regel.tillater(processnyckel, task.getTaskDefinitionKey(), satt));
    }

    public void slapp(String taskId) {
        slapp(taskId, null);
    }

    /** The same, sent from a form with its key: sent again, it is applied once ({@link Inlamningar}). */
    public void slapp(String taskId, @Nullable UUID nyckel) {
        inlamningar.enGang(nyckel, "uppgift.slapp:" + taskId, () -> {
            var task = task(taskId);
            if (!arTilldelad(task, currentUser.require()) || tasks.getIdentityLinksForTask(taskId).stream()
                    .noneMatch(link -> link.getGroupId() != null)) {
                throw new UppgiftNekadException("uppgift.fel.slappa");
            }
            tasks.unclaim(taskId);
            publicera(task, Uppgiftshandelse.Slag.SLAPPT, currentUser.require().personId(), null, null);
        });
    }

    /** Lends the task to someone else, who returns it when done ("delegera"). */
    public void delegera(String taskId, PersonId till) {
        delegera(taskId, till, null);
    }

    /** The same, sent from a form with its key: sent again, it is applied once ({@link Inlamningar}). */
    public void delegera(String taskId, PersonId till, @Nullable UUID nyckel) {
        inlamningar.enGang(nyckel, "uppgift.delegera:" + taskId, () -> {
            var task = task(taskId);
            if (!arTilldelad(task, currentUser.require()) || task.getDelegationState() == DelegationState.PENDING) {
                throw new UppgiftNekadException("uppgift.fel.delegera");
            }
            personer.kravAktiva(List.of(till));
            provaOverlamning(task, till, Overlamningsregel.Satt.DELEGERA);
            tasks.delegateTask(taskId, String.valueOf(till.value()));
            publicera(task, Uppgiftshandelse.Slag.DELEGERAD, currentUser.require().personId(), till, null);
        });
    }

    /** Gives the task to someone else for good: the current assignee, the case's owner or an administrator may. */
    public void omfordela(String taskId, PersonId till) {
        omfordela(taskId, till, null);
    }

    /** The same, sent from a form with its key: sent again, it is applied once ({@link Inlamningar}). */
    public void omfordela(String taskId, PersonId till, @Nullable UUID nyckel) {
        inlamningar.enGang(nyckel, "uppgift.omfordela:" + taskId, () -> {
            var task = task(taskId);
            var jag = currentUser.require();
            if (!arTilldelad(task, jag) && !arAnsvarig(task, jag) && !jag.har(Roller.ADMINISTRATOR)) {
                throw new UppgiftNekadException("uppgift.fel.omfordela");
            }
            personer.kravAktiva(List.of(till));
            provaOverlamning(task, till, Overlamningsregel.Satt.OMFORDELA);
            tasks.setAssignee(taskId, String.valueOf(till.value()));
            publicera(task, Uppgiftshandelse.Slag.OMFORDELAD, person(task.getAssignee()), till, null);
        });
    }

    /** Every feature's rule on who may receive the task (a decision only those with authority). */
    private void provaOverlamning(Task task, PersonId till, Overlamningsregel.Satt satt) {
        var processnyckel = processnyckel(task);
        overlamningsregler.forEach(regel -> regel.prova(processnyckel, task.getTaskDefinitionKey(), task.getProcessInstanceId(),
                till, satt));
    }

    /**
     * The open tasks a person has or has been offered by name: what an administrator hands to others when the
     * person leaves (see the directory's person page).
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    public List<Uppgift> forPerson(PersonId person) {
        var id = String.valueOf(person.value());
        var lista = new java.util.ArrayList<>(tasks.createTaskQuery().taskAssignee(id).active()
                .includeTaskLocalVariables().listPage(0, MAX));
        tasks.createTaskQuery().taskCandidateUser(id).taskUnassigned().active()
                .includeTaskLocalVariables().listPage(0, MAX).stream()
                .filter(t -> lista.stream().noneMatch(l -> l.getId().equals(t.getId()))).forEach(lista::add);
        return uppgifter(lista, UppgiftFilter.alla());
    }

    public void kommentera(String taskId, String text) {
        kommentera(taskId, text, null);
    }

    /** The same, sent from a form with its key: sent again, it is applied once ({@link Inlamningar}). */
    public void kommentera(String taskId, String text, @Nullable UUID nyckel) {
        inlamningar.enGang(nyckel, "uppgift.kommentera:" + taskId, () -> {
            if (text == null || text.isBlank()) {
                throw new OgiltigtVardeException("uppgift.fel.kommentar");
            }
            var uppgift = hamta(taskId);
            var kommentar = tasks.addComment(taskId, uppgift.processinstans(), text.strip());
            kommentar.setUserId(id(currentUser.require()));
            tasks.saveComment(kommentar);
            publicera(task(taskId), Uppgiftshandelse.Slag.KOMMENTERAD, null, null, text.strip());
        });
    }

    @Transactional(readOnly = true)
    public List<Kommentar> kommentarer(String taskId) {
        hamta(taskId);
        var namn = new HashMap<String, String>();
        return tasks.getTaskComments(taskId).stream().sorted(Comparator.comparing(c -> c.getTime()))
                .map(c -> new Kommentar(namn.computeIfAbsent(Objects.toString(c.getUserId(), ""), this::namn),
                        c.getTime().toInstant(), c.getFullMessage())).toList();
    }

    /**
     * Completes the task with the given variables. Only its assignee may, or, for an unassigned task, someone
     * in its group (who then takes it). A delegated task goes back to the one who delegated it.
     */
    public void slutfor(String taskId, Map<String, Object> variabler) {
        var task = task(taskId);
        var jag = currentUser.require();
        taForAttSlutfora(task, jag);
        if (task.getDelegationState() == DelegationState.PENDING) {
            tasks.resolveTask(taskId, variabler);
            publicera(task, Uppgiftshandelse.Slag.ATERLAMNAD, jag.personId(), person(task.getOwner()), null);
        } else {
            tasks.complete(taskId, variabler);
            publicera(task, Uppgiftshandelse.Slag.SLUTFORD, jag.personId(), null, null);
        }
    }

    /**
     * Completes the task with the step its feature took (a remissvar, a status report): like {@link #slutfor}, but a
     * lent task is done for the one who lent it rather than handed back to them, who would otherwise take the step again.
     */
    public void slutforSteg(String taskId, Map<String, Object> variabler) {
        var task = task(taskId);
        var jag = currentUser.require();
        taForAttSlutfora(task, jag);
        if (task.getDelegationState() == DelegationState.PENDING) {
            tasks.resolveTask(taskId);
        }
        tasks.complete(taskId, variabler);
        publicera(task, Uppgiftshandelse.Slag.SLUTFORD, jag.personId(), null, null);
    }

    /** Only its assignee completes a task, or, for an unassigned one, someone in its group, who then takes it. */
    private void taForAttSlutfora(Task task, Inloggad jag) {
        if (task.getAssignee() == null && arKandidat(task, jag)) {
            tasks.claim(task.getId(), id(jag));
        } else if (!arTilldelad(task, jag)) {
            throw new UppgiftNekadException("uppgift.fel.slutfora");
        }
    }

    /**
     * The action as the task stood before it: by the user, who acts for someone (see {@link Uppgift#foretrader}) only
     * when they hold the task.
     */
    private void publicera(Task task, Uppgiftshandelse.Slag slag, @Nullable PersonId fran, @Nullable PersonId till,
            @Nullable String kommentar) {
        var jag = currentUser.require();
        var ersatter = task.getTaskLocalVariables().get(ERSATTER_FOR) instanceof String id ? person(id) : null;
        var foretrader = !arTilldelad(task, jag) ? null : ersatter != null ? ersatter
                : task.getDelegationState() == DelegationState.PENDING ? person(task.getOwner()) : null;
        handelser.publishEvent(new Uppgiftshandelse(slag, task.getId(), Objects.toString(task.getName(), ""),
                processnyckel(task), arendenycklar(List.of(task)).get(task.getProcessInstanceId()), jag.personId(), foretrader,
                fran, till, kommentar));
    }

    private static @Nullable PersonId person(@Nullable String id) {
        return id == null ? null : new PersonId(Long.parseLong(id));
    }

    /**
     * The task, if the user may complete it (its assignee, or someone in its group while nobody has taken it);
     * a feature's service checks this before it writes anything and then calls {@link #slutforSteg}.
     */
    @Transactional(readOnly = true)
    public Uppgift attSlutfora(String taskId) {
        var task = task(taskId);
        var jag = currentUser.require();
        if (!arTilldelad(task, jag) && !(task.getAssignee() == null && arKandidat(task, jag))) {
            throw new UppgiftNekadException("uppgift.fel.slutfora");
        }
        return uppgifter(List.of(task), UppgiftFilter.alla()).getFirst();
    }

    private Task task(String taskId) {
        var task = tasks.createTaskQuery().taskId(taskId).includeTaskLocalVariables()
                .singleResult();
        if (task == null) {
            throw new UppgiftNekadException("uppgift.fel.finns-inte-langre");
        }
        return task;
    }

    private static String id(Inloggad jag) {
        return String.valueOf(jag.personId().value());
    }

    private static boolean arTilldelad(Task task, Inloggad jag) {
        return id(jag).equals(task.getAssignee());
    }

    private static boolean arDelegeradAv(Task task, Inloggad jag) {
        return task.getDelegationState() == DelegationState.PENDING && id(jag).equals(task.getOwner());
    }

    private boolean arKandidat(Task task, Inloggad jag) {
        return tasks.getIdentityLinksForTask(task.getId()).stream().anyMatch(link -> "candidate".equals(link.getType())
                && (id(jag).equals(link.getUserId()) || link.getGroupId() != null && jag.har(link.getGroupId())));
    }

    private boolean arAnsvarig(Task task, Inloggad jag) {
        var arende = arenden(List.of(task)).get(task.getId());
        return arende != null && jag.personId().equals(arende.ansvarig());
    }

    private String namn(String personId) {
        try {
            return personer.hamta(new PersonId(Long.parseLong(personId))).namn();
        } catch (RuntimeException okand) {
            return personId;
        }
    }

    /** What each task concerns, keyed by task id: one call per source for the whole list. */
    private Map<String, Arende> arenden(List<Task> lista) {
        var nycklar = arendenycklar(lista);
        var perProcess = lista.stream().filter(t -> nycklar.containsKey(t.getProcessInstanceId())).collect(Collectors.groupingBy(
                UppgiftService::processnyckel, Collectors.mapping(t -> nycklar.get(t.getProcessInstanceId()), Collectors.toSet())));
        var resultat = new HashMap<String, Arende>();
        perProcess.forEach((processnyckel, processensNycklar) -> kallor.stream().filter(k -> k.beskriver(processnyckel))
                .findFirst().map(kalla -> kalla.arenden(processensNycklar))
                .ifPresent(arenden -> lista.stream().filter(t -> processnyckel(t).equals(processnyckel))
                        .filter(t -> arenden.containsKey(nycklar.get(t.getProcessInstanceId())))
                        .forEach(t -> resultat.put(t.getId(), arenden.get(nycklar.get(t.getProcessInstanceId()))))));
        return resultat;
    }

    /**
     * What the tasks' processes are about, by process instance: every process that creates tasks sets the variable
     * "arendenyckel" to the id of what it is about. One query for the whole list, of that variable alone: the tasks'
     * other process variables (lists among them, each a row of its own to read) are not needed for a list.
     */
    private Map<String, String> arendenycklar(Collection<Task> lista) {
        var instanser = lista.stream().map(Task::getProcessInstanceId).filter(Objects::nonNull).collect(Collectors.toSet());
        if (instanser.isEmpty()) {
            return Map.of();
        }
        var nycklar = new HashMap<String, String>();
        runtime.createVariableInstanceQuery().executionIds(instanser).variableName(ARENDENYCKEL).list().stream()
                .filter(variabel -> variabel.getValue() != null)
                .forEach(variabel -> nycklar.put(variabel.getExecutionId(), variabel.getValue().toString()));
        return nycklar;
    }

    private static @Nullable Uppgiftsnamn namnnyckel(Task task) {
        var variabler = task.getTaskLocalVariables();
        if (!(variabler.get(NAMNNYCKEL) instanceof String nyckel)) {
            return null;
        }
        return new Uppgiftsnamn(nyckel, variabler.get(NAMNARGUMENT) instanceof String argument ? List.of(argument) : List.of());
    }

    private static String processnyckel(Task task) {
        var definition = Objects.toString(task.getProcessDefinitionId(), "");
        return definition.contains(":") ? definition.substring(0, definition.indexOf(':')) : definition;
    }

    private List<Uppgift> uppgifter(List<Task> lista, UppgiftFilter filter) {
        var arenden = arenden(lista);
        var idag = LocalDate.now(clock);
        var tilldelade = lista.stream().map(Task::getAssignee).filter(Objects::nonNull)
                .map(a -> new PersonId(Long.parseLong(a))).collect(Collectors.toSet());
        var namn = personer.hamta(tilldelade);
        return lista.stream().map(t -> {
            var forfaller = t.getDueDate() == null ? null : t.getDueDate().toInstant().atZone(clock.getZone()).toLocalDate();
            var tilldelad = t.getAssignee() == null ? null : new PersonId(Long.parseLong(t.getAssignee()));
            var delegeradAv = t.getDelegationState() == DelegationState.PENDING && t.getOwner() != null
                    ? new PersonId(Long.parseLong(t.getOwner())) : null;
            return new Uppgift(t.getId(), t.getName(), namnnyckel(t), t.getTaskDefinitionKey(), processnyckel(t), t.getProcessInstanceId(), arenden.get(t.getId()),
                    tilldelad, tilldelad == null || namn.get(tilldelad) == null ? null : namn.get(tilldelad).namn(), delegeradAv,
                    t.getCreateTime().toInstant(), forfaller, forfaller != null && forfaller.isBefore(idag), t.getAssignee() == null,
                    t.getTaskLocalVariables().get(ERSATTER_FOR) instanceof String ersatter ? new PersonId(Long.parseLong(ersatter)) : null);
        }).filter(u -> UppgiftUrval.passar(u, filter)).sorted(UppgiftUrval.ordning(filter.sortering())).toList();
    }
}
