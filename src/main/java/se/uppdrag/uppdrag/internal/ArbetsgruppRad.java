package se.uppdrag.uppdrag.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

@Embeddable
public record ArbetsgruppRad(@Column(name = "person_id") long personId, @Nullable String roll, boolean projektledare,
        boolean sammanstallande) {
}
