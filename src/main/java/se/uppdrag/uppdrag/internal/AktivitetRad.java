package se.uppdrag.uppdrag.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A tidplan row as stored; {@code klar} is when its activity task was completed (null while not done). */
@Embeddable
public record AktivitetRad(String namn, LocalDate startdatum, LocalDate slutdatum, boolean manadsperiod,
        @Column(name = "ansvarig_id") @Nullable Long ansvarigId, @Nullable Instant klar) {

    public AktivitetRad(String namn, LocalDate startdatum, LocalDate slutdatum, boolean manadsperiod, @Nullable Long ansvarigId) {
        this(namn, startdatum, slutdatum, manadsperiod, ansvarigId, null);
    }

    AktivitetRad klar(Instant nar) {
        return new AktivitetRad(namn, startdatum, slutdatum, manadsperiod, ansvarigId, nar);
    }
}
