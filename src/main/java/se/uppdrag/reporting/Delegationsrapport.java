package se.uppdrag.reporting;

import java.util.List;
import org.jspecify.annotations.Nullable;
import se.uppdrag.delegation.Delegationsbeslut;

/**
 * Delegationsbeslut för anmälan: the decisions taken under delegation in a period, for a unit (and the units under it)
 * or for all, in the order they were taken, with how many there were and how many had no valid rule on the day.
 */
public record Delegationsrapport(Rapportperiod period, @Nullable String enhet, List<Delegationsbeslut> beslut,
        int utanDelegation) {

    public Delegationsrapport {
        beslut = List.copyOf(beslut);
    }
}
