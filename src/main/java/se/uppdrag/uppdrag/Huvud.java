package se.uppdrag.uppdrag;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** The document header: organisation, unit and the document date (Datum). */
public record Huvud(String organisation, @Nullable String enhet, LocalDate datum) {
}
