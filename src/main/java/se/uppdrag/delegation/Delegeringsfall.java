package se.uppdrag.delegation;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What a decision is about, as the delegationsordning sees it: the unit the uppdragshandling's header names (free text,
 * matched against the organisation by name or code), its kind, its amount in kr if it has one, and the day.
 */
public record Delegeringsfall(@Nullable String enhet, Uppdragsslag slag, @Nullable BigDecimal beloppKr, LocalDate dag) {

    public Delegeringsfall {
        enhet = enhet == null || enhet.isBlank() ? null : enhet.strip();
    }
}
