package se.uppdrag.uppdrag.ui;

import java.util.Collection;
import java.util.Map;
import se.uppdrag.uppdrag.Beslutskrav;
import se.uppdrag.uppdrag.Uppdragshandling;

/** A part of the editor that shows its sections of the uppdragshandling and checks them. */
interface Sektion {

    void las(Uppdragshandling handling);

    /** Marks wrong fields with Swedish messages; true when everything in the section is valid. */
    boolean validera();

    /** Shows the service's messages (keyed by field) at the fields this section owns. */
    void visaFel(Map<String, String> fel);

    /** Marks the fields of this section that a decision needs and that are missing, each with its message. */
    default void visaBeslutskrav(Collection<Beslutskrav> saknas) {
    }

    /** Calls back whenever a field of this section that a decision needs changes. */
    default void narBeslutskravAndras(Runnable lyssnare) {
    }
}
