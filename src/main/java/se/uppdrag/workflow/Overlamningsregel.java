package se.uppdrag.workflow;

import se.uppdrag.personer.PersonId;

/**
 * Implemented by a feature whose tasks may not be handed to just anyone: a decision goes only to those with the
 * authority to take it. The inbox asks every rule before it gives a task to someone for good or lends it; a rule
 * refuses by throwing an exception that carries its message ({@code se.uppdrag.text.HarMeddelande}).
 */
public interface Overlamningsregel {

    /** How a task changes hands. */
    enum Satt {
        /** Given for good ("omfördela"). */
        OMFORDELA,
        /** Lent, to come back when done ("delegera"). */
        DELEGERA
    }

    /**
     * Refuses handing the task to the person, or returns quietly when the rule allows it (or does not concern the task).
     *
     * @param processnyckel the task's process definition key
     * @param uppgiftstyp the task's key in its process model
     * @param processinstans the task's process instance
     */
    void prova(String processnyckel, String uppgiftstyp, String processinstans, PersonId till, Satt satt);

    /**
     * Whether a task of this kind may change hands that way at all, so that the inbox offers "Delegera" or "Omfördela"
     * only then (whom it may go to is still {@link #prova}'s to say).
     */
    default boolean tillater(String processnyckel, String uppgiftstyp, Satt satt) {
        return true;
    }
}
