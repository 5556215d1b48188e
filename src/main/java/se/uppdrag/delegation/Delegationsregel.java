package se.uppdrag.delegation;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import se.uppdrag.personer.Enhet;
import se.uppdrag.personer.Person;

/**
 * One point of the delegationsordning: the delegat may decide uppdrag of the unit and every unit under it, of the kind
 * if one is given (otherwise of any kind), up to the amount if one is given (an uppdrag without an amount is within
 * any limit), from {@code giltigFran} to {@code giltigTill} (both days included; open-ended without an end).
 */
public record Delegationsregel(long id, Person delegat, Enhet enhet, @Nullable Uppdragsslag slag,
        @Nullable BigDecimal beloppsgrans, LocalDate giltigFran, @Nullable LocalDate giltigTill) {

    public boolean galler(LocalDate dag) {
        return !dag.isBefore(giltigFran) && (giltigTill == null || !dag.isAfter(giltigTill));
    }

    /** Whether the kind and the amount are within the rule (the unit and the day are checked apart). */
    public boolean omfattar(Uppdragsslag fallSlag, @Nullable BigDecimal belopp) {
        return (slag == null || slag == fallSlag) && (beloppsgrans == null || belopp == null || belopp.compareTo(beloppsgrans) <= 0);
    }
}
