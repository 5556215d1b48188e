package se.uppdrag.plan.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "plan_mal")
public class MalEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "malomrade_id")
    private @Nullable MalomradeEntity malomrade;
    private int ordning;
    private String text = "";

    protected MalEntity() {
    }

    MalEntity(MalomradeEntity malomrade, int ordning, String text) {
        this.malomrade = malomrade;
        andra(ordning, text);
    }

    final void andra(int ordning, String text) {
        this.ordning = ordning;
        this.text = text;
    }

    String text() {
        return text;
    }

    @Nullable Long id() {
        return id;
    }

    int ordning() {
        return ordning;
    }

    MalomradeEntity malomrade() {
        return java.util.Objects.requireNonNull(malomrade);
    }

    public se.uppdrag.plan.MalRef ref() {
        var omrade = malomrade();
        return new se.uppdrag.plan.MalRef(java.util.Objects.requireNonNull(id),
                new se.uppdrag.plan.MalomradeId(java.util.Objects.requireNonNull(omrade.id())), omrade.namn(), text);
    }
}
