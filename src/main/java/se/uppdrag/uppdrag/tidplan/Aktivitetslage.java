package se.uppdrag.uppdrag.tidplan;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import se.uppdrag.uppdrag.Tidsperiod;

/** A tidplan activity on the timeline: its period, who is responsible, and the day it was reported done. */
public record Aktivitetslage(String namn, Tidsperiod period, @Nullable String ansvarig, @Nullable LocalDate klar) {

    /** Where an activity stands on a given day. */
    public enum Lage { KLAR, FORSENAD, PAGAR, KOMMANDE, PASSERAD }

    /**
     * Done when reported done. Late when its period has ended without that while the uppdrag is being carried out
     * and someone has the activity as a task (only they can report it done); otherwise by the calendar.
     */
    public Lage lage(LocalDate idag, boolean foljsUpp) {
        if (klar != null) {
            return Lage.KLAR;
        }
        if (period.slut().isBefore(idag)) {
            return foljsUpp && ansvarig != null ? Lage.FORSENAD : Lage.PASSERAD;
        }
        return period.start().isAfter(idag) ? Lage.KOMMANDE : Lage.PAGAR;
    }
}
