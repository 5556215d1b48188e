package se.uppdrag.delegation;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A decision taken under delegation, as recorded when the uppdrag was fastställt, for the anmälan: the uppdrag (by id,
 * diarienummer once registered, and title), the day, the delegat and who signed, and the rule that gave the authority
 * as it read then ({@code regel} is null when no rule covered the delegat on the day: the anmälan shows it).
 */
public record Delegationsbeslut(long uppdragId, @Nullable String diarienummer, String titel, LocalDate beslutsdatum,
        String delegat, @Nullable String beslutadAv, @Nullable String regel, @Nullable String enhet) {

    public boolean utanDelegation() {
        return regel == null;
    }
}
