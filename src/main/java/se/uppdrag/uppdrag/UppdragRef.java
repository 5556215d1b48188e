package se.uppdrag.uppdrag;

import org.jspecify.annotations.Nullable;
import se.uppdrag.diarium.Diarienummer;

/** A reference to another uppdrag, as shown in "ersätter" and "samband". */
public record UppdragRef(UppdragId id, String titel, @Nullable Diarienummer diarienummer) {

    public String visning() {
        return diarienummer == null ? titel : titel + " (" + diarienummer + ")";
    }
}
