package se.uppdrag.uppdrag.tidplan;

import java.time.LocalDate;
import java.util.Comparator;
import org.jspecify.annotations.Nullable;
import se.uppdrag.uppdrag.Tidsperiod;

/**
 * A tidplan activity on the timeline: its period (months, dates, quarters or years), who is responsible (a person's
 * name, or a unit or role whose activity task the uppdragstagare has), and the day it was reported done.
 */
public record Aktivitetslage(String namn, Tidsperiod period, @Nullable String ansvarig, @Nullable LocalDate klar) {

    /** The timeline's order: by start date, then end date; activities with the same period keep the tidplan's order. */
    public static final Comparator<Aktivitetslage> I_TIDSORDNING = Comparator.comparing(Aktivitetslage::period, Tidsperiod.I_TIDSORDNING);

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
