package se.uppdrag.reporting;

import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Working days in Sweden: Monday to Friday except the public holidays and the days treated as such (julafton,
 * nyårsafton, midsommarafton), from the Jollyday holiday library's Swedish calendar.
 */
public final class Arbetsdagar {

    private static final HolidayManager SVERIGE = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.SWEDEN));

    private Arbetsdagar() {
    }

    public static boolean arArbetsdag(LocalDate dag) {
        return dag.getDayOfWeek() != DayOfWeek.SATURDAY && dag.getDayOfWeek() != DayOfWeek.SUNDAY && !SVERIGE.isHoliday(dag);
    }

    /** Working days after {@code fran} up to and including {@code till}; negative when {@code till} is earlier. */
    public static long mellan(LocalDate fran, LocalDate till) {
        if (till.isBefore(fran)) {
            return -mellan(till, fran);
        }
        return fran.plusDays(1).datesUntil(till.plusDays(1)).filter(Arbetsdagar::arArbetsdag).count();
    }

    /** The working day {@code antal} working days after {@code dag}. */
    public static LocalDate efter(LocalDate dag, int antal) {
        var resultat = dag;
        for (int kvar = antal; kvar > 0; ) {
            resultat = resultat.plusDays(1);
            if (arArbetsdag(resultat)) {
                kvar--;
            }
        }
        return resultat;
    }
}
