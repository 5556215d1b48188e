package se.uppdrag.reporting;

import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import se.uppdrag.delegation.Delegationsbeslut;

/** The anmälan from the register's rows: only the period's, by day, then diarienummer and title; counted. Pure. */
public final class Delegationsberakning {

    private Delegationsberakning() {
    }

    public static Delegationsrapport berakna(Rapportperiod period, @Nullable String enhet, List<Delegationsbeslut> rader) {
        var beslut = rader.stream().filter(b -> period.omfattar(b.beslutsdatum()))
                .sorted(Comparator.comparing(Delegationsbeslut::beslutsdatum)
                        .thenComparing(b -> b.diarienummer() == null ? "" : b.diarienummer())
                        .thenComparing(Delegationsbeslut::titel).thenComparing(Delegationsbeslut::delegat))
                .toList();
        return new Delegationsrapport(period, enhet, beslut, (int) beslut.stream().filter(Delegationsbeslut::utanDelegation).count());
    }
}
