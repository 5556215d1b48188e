package se.uppdrag.plan.internal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "plan_malomrade")
class MalomradeEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    private @Nullable PlanEntity plan;
    private int ordning;
    private String namn = "";
    @OneToMany(mappedBy = "malomrade", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("ordning")
    private List<MalEntity> mal = new ArrayList<>();

    protected MalomradeEntity() {
    }

    MalomradeEntity(PlanEntity plan) {
        this.plan = plan;
    }

    /** The mål keep their rows by position, so that what is recorded against a mål stays with it when its text is mended. */
    void andra(int ordning, String namn, List<String> texter) {
        this.ordning = ordning;
        this.namn = namn;
        for (int i = 0; i < texter.size(); i++) {
            if (i < mal.size()) {
                mal.get(i).andra(i, texter.get(i).strip());
            } else {
                mal.add(new MalEntity(this, i, texter.get(i).strip()));
            }
        }
        while (mal.size() > texter.size()) {
            mal.removeLast();
        }
    }

    @Nullable Long id() {
        return id;
    }

    int ordning() {
        return ordning;
    }

    String namn() {
        return namn;
    }

    PlanEntity plan() {
        return java.util.Objects.requireNonNull(plan);
    }

    List<MalEntity> malen() {
        return mal;
    }

    List<String> mal() {
        return mal.stream().map(MalEntity::text).toList();
    }
}
