package se.uppdrag.uppdrag;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import se.uppdrag.diarium.Diarienummer;

/**
 * One row of the uppdrag list. {@code sekretess}: it is marked as holding information under sekretess; {@code dold}: the
 * user may not read it (an administrator who takes no part), so the row keeps its diarienummer, status and dates and
 * shows the marking in place of the title and the people.
 */
public record UppdragRad(UppdragId id, @Nullable Diarienummer diarienummer, String titel, UppdragStatus status,
        LocalDate datum, @Nullable LocalDate slutleverans, @Nullable String uppdragstagare, String agare, boolean sekretess,
        boolean dold) {

    public UppdragRad(UppdragId id, @Nullable Diarienummer diarienummer, String titel, UppdragStatus status,
            LocalDate datum, @Nullable LocalDate slutleverans, @Nullable String uppdragstagare, String agare) {
        this(id, diarienummer, titel, status, datum, slutleverans, uppdragstagare, agare, false, false);
    }
}
