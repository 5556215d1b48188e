package se.uppdrag.reporting;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import se.uppdrag.diarium.Diarienummer;
import se.uppdrag.uppdrag.Statusrapport;
import se.uppdrag.uppdrag.UppdragId;
import se.uppdrag.uppdrag.UppdragStatus;

/**
 * One person's uppdrag at a glance: how many in each status, those whose återredovisning is late or due within
 * {@link #SNART_ARBETSDAGAR} working days, and the latest traffic light of each ongoing one.
 */
public record Oversikt(LocalDate idag, Map<UppdragStatus, Integer> perStatus, List<Datumpost> forsenade,
        List<Datumpost> snart, List<Ljuspost> ljus) {

    public static final int SNART_ARBETSDAGAR = 10;

    public Oversikt {
        perStatus = Map.copyOf(perStatus);
        forsenade = List.copyOf(forsenade);
        snart = List.copyOf(snart);
        ljus = List.copyOf(ljus);
    }

    /** An uppdrag and the date it reports back by; {@code dagar} late (calendar days) or left (working days). */
    public record Datumpost(UppdragId id, @Nullable Diarienummer diarienummer, String titel, LocalDate senast,
            boolean utanSlutleverans, long dagar) {
    }

    /** An ongoing uppdrag and its latest status report, if any, with the day it was filed. */
    public record Ljuspost(UppdragId id, @Nullable Diarienummer diarienummer, String titel, UppdragStatus status,
            @Nullable Statusrapport senaste, @Nullable LocalDate rapporterad) {
    }
}
