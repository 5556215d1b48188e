package se.uppdrag.workflow;

import java.util.List;

/**
 * A task's name as the process gave it: a message key and its arguments (for an activity, the activity's name),
 * which each view translates into the user's language. A process names a task by setting the task-local variables
 * {@link UppgiftService#NAMNNYCKEL} and, when the name takes one, {@link UppgiftService#NAMNARGUMENT}.
 */
public record Uppgiftsnamn(String nyckel, List<String> argument) {

    public Uppgiftsnamn {
        argument = List.copyOf(argument);
    }
}
