package se.uppdrag.uppdrag;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import se.uppdrag.diarium.Diarienummer;

/** One row of the uppdrag list. */
public record UppdragRad(UppdragId id, @Nullable Diarienummer diarienummer, String titel, UppdragStatus status,
        LocalDate datum, @Nullable LocalDate slutleverans, @Nullable String uppdragstagare, String agare) {
}
