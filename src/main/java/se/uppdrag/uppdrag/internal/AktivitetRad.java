package se.uppdrag.uppdrag.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

@Embeddable
public record AktivitetRad(String namn, LocalDate startdatum, LocalDate slutdatum, boolean manadsperiod,
        @Column(name = "ansvarig_id") @Nullable Long ansvarigId) {
}
