package se.uppdrag.reporting;

import java.time.LocalDate;
import java.time.Month;
import se.uppdrag.text.OgiltigtVardeException;

/** The period a follow-up report covers, both days included; by default a half-year. */
public record Rapportperiod(LocalDate fran, LocalDate till) {

    public Rapportperiod {
        if (fran == null || till == null) {
            throw new OgiltigtVardeException("rapport.fel.period-saknas");
        }
        if (till.isBefore(fran)) {
            throw new OgiltigtVardeException("rapport.fel.period-ordning");
        }
        if (fran.plusYears(5).isBefore(till)) {
            throw new OgiltigtVardeException("rapport.fel.period-lang");
        }
    }

    /** The half-year the day is in: 1 January – 30 June or 1 July – 31 December. */
    public static Rapportperiod halvaret(LocalDate dag) {
        return dag.getMonthValue() <= 6
                ? new Rapportperiod(LocalDate.of(dag.getYear(), Month.JANUARY, 1), LocalDate.of(dag.getYear(), Month.JUNE, 30))
                : new Rapportperiod(LocalDate.of(dag.getYear(), Month.JULY, 1), LocalDate.of(dag.getYear(), Month.DECEMBER, 31));
    }

    public static Rapportperiod aret(int ar) {
        return new Rapportperiod(LocalDate.of(ar, Month.JANUARY, 1), LocalDate.of(ar, Month.DECEMBER, 31));
    }

    public boolean omfattar(LocalDate dag) {
        return !dag.isBefore(fran) && !dag.isAfter(till);
    }

    /** Which kind of period it is, for its name in the report. */
    public enum Slag { FORSTA_HALVARET, ANDRA_HALVARET, HELAR, ANNAN }

    public Slag slag() {
        var ar = fran.getYear();
        if (ar != till.getYear()) {
            return Slag.ANNAN;
        }
        if (fran.equals(LocalDate.of(ar, Month.JANUARY, 1))) {
            return till.equals(LocalDate.of(ar, Month.JUNE, 30)) ? Slag.FORSTA_HALVARET
                    : till.equals(LocalDate.of(ar, Month.DECEMBER, 31)) ? Slag.HELAR : Slag.ANNAN;
        }
        return fran.equals(LocalDate.of(ar, Month.JULY, 1)) && till.equals(LocalDate.of(ar, Month.DECEMBER, 31))
                ? Slag.ANDRA_HALVARET : Slag.ANNAN;
    }
}
