package se.uppdrag.uppdrag.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
public record BeslutsfattareRad(@Column(name = "person_id") long personId, boolean beslutarEnsam) {
}
