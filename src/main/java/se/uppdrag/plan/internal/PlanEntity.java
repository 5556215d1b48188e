package se.uppdrag.plan.internal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import se.uppdrag.plan.Malomrade;
import se.uppdrag.plan.MalomradeId;
import se.uppdrag.plan.Plan;
import se.uppdrag.plan.PlanId;
import se.uppdrag.plan.PlanUtkast;

@Entity
@Table(name = "plan")
public class PlanEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    private String namn = "";
    private int franAr;
    private int tillAr;
    private @Nullable LocalDate antagen;
    private String antagenAv = "";
    private Instant andrad = Instant.EPOCH;
    private String andradAv = "";
    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("ordning")
    private List<MalomradeEntity> malomraden = new ArrayList<>();

    protected PlanEntity() {
    }

    public PlanEntity(PlanUtkast utkast, Instant nar, String av) {
        andra(utkast, nar, av);
    }

    /** Takes the administrator's version: målområden matched by id keep it, the others are added or removed. */
    public final void andra(PlanUtkast utkast, Instant nar, String av) {
        namn = utkast.namn().strip();
        franAr = utkast.franAr();
        tillAr = utkast.tillAr();
        antagen = utkast.antagen();
        antagenAv = utkast.antagenAv().strip();
        andrad = nar;
        andradAv = av;
        var kvar = new ArrayList<MalomradeEntity>();
        var ordning = 0;
        for (var m : utkast.malomraden()) {
            var befintligt = m.id() == null ? null : malomraden.stream()
                    .filter(e -> Objects.equals(e.id(), m.id().value())).findFirst().orElse(null);
            var entity = befintligt != null ? befintligt : new MalomradeEntity(this);
            entity.andra(ordning++, m.namn().strip(), m.mal());
            kvar.add(entity);
        }
        malomraden.retainAll(kvar);
        kvar.stream().filter(e -> !malomraden.contains(e)).forEach(malomraden::add);
        malomraden.sort(java.util.Comparator.comparingInt(MalomradeEntity::ordning));
    }

    /** Every mål of the plan, målområde by målområde, in the plan's order. */
    public List<se.uppdrag.plan.MalRef> malen() {
        return malomraden.stream().flatMap(m -> m.malen().stream()).map(MalEntity::ref).toList();
    }

    public @Nullable Long id() {
        return id;
    }

    public Plan toPlan() {
        return new Plan(new PlanId(Objects.requireNonNull(id)), namn, franAr, tillAr, antagen, antagenAv,
                malomraden.stream().map(m -> new Malomrade(new MalomradeId(Objects.requireNonNull(m.id())), m.namn(), m.mal()))
                        .toList());
    }
}
