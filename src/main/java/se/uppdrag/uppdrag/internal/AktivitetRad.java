package se.uppdrag.uppdrag.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import se.uppdrag.uppdrag.Tidsperiod;

/**
 * A tidplan row as stored: its period with the form it is written in, who is responsible (a person or a unit or role),
 * and {@code klar}, when its activity task was completed (null while not done).
 */
@Embeddable
public record AktivitetRad(String namn, LocalDate startdatum, LocalDate slutdatum,
        @Enumerated(EnumType.STRING) Tidsperiod.Form periodform,
        @Column(name = "ansvarig_id") @Nullable Long ansvarigId, @Nullable String ansvarigText, @Nullable Instant klar) {

    public AktivitetRad(String namn, Tidsperiod period, @Nullable Long ansvarigId, @Nullable String ansvarigText) {
        this(namn, period.start(), period.slut(), period.form(), ansvarigId, ansvarigText, null);
    }

    public Tidsperiod period() {
        return new Tidsperiod(startdatum, slutdatum, periodform);
    }

    /** Someone has the activity as a task: the person responsible, or the uppdragstagare for a unit or role. */
    public boolean harAnsvarig() {
        return ansvarigId != null || ansvarigText != null;
    }

    AktivitetRad klar(Instant nar) {
        return new AktivitetRad(namn, startdatum, slutdatum, periodform, ansvarigId, ansvarigText, nar);
    }
}
