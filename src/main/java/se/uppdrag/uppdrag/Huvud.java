package se.uppdrag.uppdrag;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** The document header: organisation, unit and the document date (Datum), and where the uppdrag stands in a plan. */
public record Huvud(String organisation, @Nullable String enhet, LocalDate datum, Planplacering plan) {

    public Huvud {
        plan = plan == null ? Planplacering.INGEN : plan;
    }

    public Huvud(String organisation, @Nullable String enhet, LocalDate datum) {
        this(organisation, enhet, datum, Planplacering.INGEN);
    }
}
