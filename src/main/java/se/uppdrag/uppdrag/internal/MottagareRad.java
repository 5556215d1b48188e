package se.uppdrag.uppdrag.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

/** A distribution recipient; {@code lista} is GENOMFORANDE or KANNEDOM. */
@Embeddable
public record MottagareRad(String lista, @Column(name = "person_id") @Nullable Long personId, @Nullable String epost,
        @Nullable String namn, @Nullable String notering) {

    public static final String GENOMFORANDE = "GENOMFORANDE";
    public static final String KANNEDOM = "KANNEDOM";
}
