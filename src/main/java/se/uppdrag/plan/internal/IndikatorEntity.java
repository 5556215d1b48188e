package se.uppdrag.plan.internal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import se.uppdrag.plan.Indikator;
import se.uppdrag.plan.IndikatorId;
import se.uppdrag.plan.PlanId;

@Entity
@Table(name = "plan_indikator")
public class IndikatorEntity {

    /** The plan's order: målområde, mål, then the indicators as they were added. */
    public static final Comparator<IndikatorEntity> I_PLANENS_ORDNING = Comparator
            .comparingInt((IndikatorEntity i) -> i.mal().malomrade().ordning())
            .thenComparingInt(i -> i.mal().ordning())
            .thenComparingLong(i -> Objects.requireNonNull(i.id));

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "mal_id")
    private @Nullable MalEntity mal;
    private String namn = "";
    @Enumerated(EnumType.STRING)
    private Indikator.Slag slag = Indikator.Slag.KVANTITATIV;
    private @Nullable String enhet;
    @Enumerated(EnumType.STRING)
    private Indikator.Riktning riktning = Indikator.Riktning.HOGRE_AR_BATTRE;
    private Instant andrad = Instant.EPOCH;
    private String andradAv = "";
    @OneToMany(mappedBy = "indikator", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("ar")
    private List<IndikatorArEntity> ar = new ArrayList<>();

    protected IndikatorEntity() {
    }

    public IndikatorEntity(MalEntity mal) {
        this.mal = mal;
    }

    public void andra(MalEntity mal, String namn, Indikator.Slag slag, @Nullable String enhet, Indikator.Riktning riktning,
            Instant nar, String av) {
        this.mal = mal;
        this.namn = namn;
        this.slag = slag;
        this.enhet = enhet;
        this.riktning = riktning;
        andrades(nar, av);
    }

    /** The year's target, outcome and comment, replacing what the year had. */
    public void sattAr(Indikator.Arsvarde varde, Instant nar, String av) {
        var rad = ar.stream().filter(a -> a.ar() == varde.ar()).findFirst().orElseGet(() -> {
            var ny = new IndikatorArEntity(this, varde.ar());
            ar.add(ny);
            return ny;
        });
        rad.satt(varde);
        andrades(nar, av);
    }

    private void andrades(Instant nar, String av) {
        this.andrad = nar;
        this.andradAv = av;
    }

    public Indikator.Slag slag() {
        return slag;
    }

    public Indikator toIndikator() {
        var m = Objects.requireNonNull(mal);
        return new Indikator(new IndikatorId(Objects.requireNonNull(id)), new PlanId(Objects.requireNonNull(m.malomrade().plan().id())),
                m.ref(), namn, slag, enhet, riktning, ar.stream().map(IndikatorArEntity::toArsvarde).toList());
    }

    private MalEntity mal() {
        return Objects.requireNonNull(mal);
    }
}
