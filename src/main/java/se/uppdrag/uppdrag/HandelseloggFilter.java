package se.uppdrag.uppdrag;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import se.uppdrag.personer.PersonId;
import se.uppdrag.text.OgiltigtVardeException;

/**
 * What the administrator's Händelselogg shows: the events of one person (who acted, or for whom someone acted), of one
 * uppdrag, or of all, from the first to the last day of the period (both included, in the application's time zone).
 */
public record HandelseloggFilter(@Nullable PersonId person, @Nullable UppdragId uppdrag, LocalDate fran, LocalDate till) {

    public HandelseloggFilter {
        if (till.isBefore(fran)) {
            throw new OgiltigtVardeException("granskning.fel.period");
        }
    }
}
