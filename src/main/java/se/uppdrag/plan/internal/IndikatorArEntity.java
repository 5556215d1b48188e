package se.uppdrag.plan.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import se.uppdrag.plan.Indikator;

@Entity
@Table(name = "plan_indikator_ar")
class IndikatorArEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "indikator_id")
    private @Nullable IndikatorEntity indikator;
    private int ar;
    private @Nullable BigDecimal malvarde;
    private @Nullable BigDecimal utfall;
    @Enumerated(EnumType.STRING)
    private Indikator.@Nullable Svar svar;
    private @Nullable String kommentar;

    protected IndikatorArEntity() {
    }

    IndikatorArEntity(IndikatorEntity indikator, int ar) {
        this.indikator = indikator;
        this.ar = ar;
    }

    int ar() {
        return ar;
    }

    void satt(Indikator.Arsvarde varde) {
        this.malvarde = varde.mal();
        this.utfall = varde.utfall();
        this.svar = varde.svar();
        this.kommentar = varde.kommentar();
    }

    Indikator.Arsvarde toArsvarde() {
        return new Indikator.Arsvarde(ar, malvarde == null ? null : malvarde.stripTrailingZeros(),
                utfall == null ? null : utfall.stripTrailingZeros(), svar, kommentar);
    }
}
