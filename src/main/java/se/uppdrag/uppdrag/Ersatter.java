package se.uppdrag.uppdrag;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * "Denna uppdragshandling ersätter tidigare uppdragshandling benämnd X, daterad YYYY-MM-DD": either an
 * uppdrag in the system or a document outside it, named with its date.
 */
public record Ersatter(@Nullable UppdragRef uppdrag, @Nullable String benamning, @Nullable LocalDate datum) {

    public static Ersatter uppdrag(UppdragRef uppdrag) {
        return new Ersatter(uppdrag, null, null);
    }

    public static Ersatter dokument(String benamning, LocalDate datum) {
        return new Ersatter(null, benamning, datum);
    }
}
