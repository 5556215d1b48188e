package se.uppdrag.workflow;

import java.util.Set;

/**
 * The inbox's filter: text in the task name or what it concerns, task types, only overdue ones, and the order.
 */
public record UppgiftFilter(String text, Set<String> typer, boolean baraForsenade, Sortering sortering)
        implements java.io.Serializable {

    public enum Sortering { FORFALLER, SKAPAD, NAMN }

    public UppgiftFilter {
        text = text == null ? "" : text.strip();
        typer = Set.copyOf(typer);
        sortering = sortering == null ? Sortering.FORFALLER : sortering;
    }

    public static UppgiftFilter alla() {
        return new UppgiftFilter("", Set.of(), false, Sortering.FORFALLER);
    }
}
