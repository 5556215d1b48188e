package se.uppdrag.workflow;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import se.uppdrag.personer.PersonId;

/**
 * A task in the inbox. {@code typ} is the task's key in the process model (which form it has);
 * {@code kanTas} means it is offered to the user's group and may be claimed.
 */
public record Uppgift(String id, String namn, String typ, String processnyckel, String processinstans, @Nullable Arende arende,
        @Nullable PersonId tilldelad, @Nullable String tilldeladNamn, @Nullable PersonId delegeradAv,
        Instant skapad, @Nullable LocalDate forfaller, boolean forsenad, boolean kanTas) {

    public boolean arDelegerad() {
        return delegeradAv != null;
    }
}
