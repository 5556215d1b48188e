package se.uppdrag.uppdrag.process;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.flowable.task.service.impl.persistence.entity.TaskEntity;
import org.springframework.beans.factory.ObjectProvider;
import se.uppdrag.uppdrag.Uppgiftstyp;
import se.uppdrag.workflow.UppgiftService;

/**
 * Names the uppdrag process's tasks by message key, not by the label in the process diagram: the key
 * {@code uppgiftsnamn.<task key>} of the translations, for an activity with the activity's name as its argument. Key and
 * argument stay on the task for the inbox to translate; the Swedish text becomes the task's stored name, which the mail,
 * the reminders and the inbox's search use. Runs as the task is announced: an assigned task's mail is written
 * (TASK_ASSIGNED) before the task's create listeners run.
 */
final class Uppgiftsnamngivning {

    private static final ResourceBundle SVENSKA = ResourceBundle.getBundle("vaadin-i18n.translations", Locale.of("sv", "SE"),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    /** Flowable's column for a task's name. */
    private static final int MAX_LANGD = 255;
    private final ObjectProvider<Livscykel> livscykel;

    Uppgiftsnamngivning(ObjectProvider<Livscykel> livscykel) {
        this.livscykel = livscykel;
    }

    /** Names the task unless it already has its name, and returns the name. */
    String namnge(TaskEntity task) {
        if (task.getVariableLocal(UppgiftService.NAMNNYCKEL) != null) {
            return task.getName();
        }
        var typ = Uppgiftstyp.av(task.getTaskDefinitionKey()).orElse(null);
        if (typ == null || !SVENSKA.containsKey(nyckel(typ))) {
            return task.getName();
        }
        var nyckel = nyckel(typ);
        var argument = typ == Uppgiftstyp.AKTIVITET
                ? List.of(livscykel.getObject().aktivitetensNamn((Long) task.getVariable(Processvariabler.UPPDRAG_ID),
                        String.valueOf(task.getVariable(Processvariabler.AKTIVITETSINDEX))))
                : List.<String>of();
        task.setVariableLocal(UppgiftService.NAMNNYCKEL, nyckel);
        argument.forEach(a -> task.setVariableLocal(UppgiftService.NAMNARGUMENT, a));
        var namn = svenska(nyckel, argument);
        task.setName(namn);
        return namn;
    }

    static String nyckel(Uppgiftstyp uppgiftstyp) {
        return "uppgiftsnamn." + uppgiftstyp.nyckel();
    }

    /** The name in Swedish, cut to what the task's name may hold. */
    static String svenska(String nyckel, List<String> argument) {
        var monster = SVENSKA.getString(nyckel);
        var namn = argument.isEmpty() ? monster : new MessageFormat(monster, Locale.of("sv", "SE")).format(argument.toArray());
        return namn.length() <= MAX_LANGD ? namn : namn.substring(0, MAX_LANGD - 1) + "…";
    }
}
