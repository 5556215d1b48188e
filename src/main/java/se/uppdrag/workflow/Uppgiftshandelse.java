package se.uppdrag.workflow;

import org.jspecify.annotations.Nullable;
import se.uppdrag.personer.PersonId;

/**
 * Something was done with a task in the inbox: published by {@link UppgiftService} in the same transaction as the
 * action (Spring's application events), so that the feature whose process made the task can record it. {@code vem}
 * did it (null: the system, e.g. the night's job giving a task to a substitute), for {@code foretrader} (the absent person a substitute stands in for, or the one who lent the task; null when
 * for themselves); {@code fran} and {@code till} are whom the task went from and to (claimed, released, lent, handed
 * back, reassigned); {@code kommentar} a comment's text. {@code namn} is the task's stored (Swedish) name.
 */
public record Uppgiftshandelse(Slag slag, String uppgift, String namn, String processnyckel, @Nullable String arendenyckel,
        @Nullable PersonId vem, @Nullable PersonId foretrader, @Nullable PersonId fran, @Nullable PersonId till,
        @Nullable String kommentar) {

    public enum Slag {
        /** Claimed from a group. */
        TAGEN,
        /** Given back to its group. */
        SLAPPT,
        /** Lent to someone who hands it back ("delegera"). */
        DELEGERAD,
        /** Handed back by the one it was lent to, without its step taken. */
        ATERLAMNAD,
        /** Given to someone else for good. */
        OMFORDELAD,
        KOMMENTERAD,
        /** Given to the substitute of the one who had it, who is away ({@code fran}: the absent person). */
        TILL_ERSATTARE,
        /** Given back from the substitute when the absence ended ({@code till}: the one who is back). */
        FRAN_ERSATTARE,
        /** Completed (the feature records the step it took). */
        SLUTFORD
    }
}
