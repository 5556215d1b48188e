package se.uppdrag.workflow.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One absence: who is away, from and to which day (both included), who stands in, and who registered it. */
@Entity
@Table(name = "franvaro")
public class FranvaroEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    @Column(name = "person_id")
    private long personId;
    @Column(name = "ersattare_id")
    private long ersattareId;
    private LocalDate fran = LocalDate.EPOCH;
    private LocalDate till = LocalDate.EPOCH;
    @Column(name = "registrerad_av")
    private long registreradAv;
    private Instant registrerad = Instant.EPOCH;

    protected FranvaroEntity() {
    }

    public FranvaroEntity(long personId, long ersattareId, LocalDate fran, LocalDate till, long registreradAv, Instant registrerad) {
        this.personId = personId;
        this.ersattareId = ersattareId;
        this.fran = fran;
        this.till = till;
        this.registreradAv = registreradAv;
        this.registrerad = registrerad;
    }

    public @Nullable Long id() {
        return id;
    }

    public long personId() {
        return personId;
    }

    public long ersattareId() {
        return ersattareId;
    }

    public LocalDate fran() {
        return fran;
    }

    public LocalDate till() {
        return till;
    }


    /** Ends the absence early: the last day becomes the day before {@code idag}, or it never begins if not yet begun. */
    public void avsluta(LocalDate idag) {
        till = fran.isBefore(idag) ? idag.minusDays(1) : fran.minusDays(1);
    }

    public boolean arStruken() {
        return till.isBefore(fran);
    }
}
