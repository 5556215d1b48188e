package se.uppdrag.delegation.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import se.uppdrag.delegation.Uppdragsslag;

@Entity
@Table(name = "delegationsregel")
public class DelegationsregelEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    @Column(name = "delegat_id")
    private long delegat;
    @Column(name = "enhet_id")
    private long enhet;
    @Enumerated(EnumType.STRING)
    private @Nullable Uppdragsslag uppdragsslag;
    private @Nullable BigDecimal beloppsgrans;
    private LocalDate giltigFran = LocalDate.MIN;
    private @Nullable LocalDate giltigTill;
    private Instant andrad = Instant.EPOCH;
    private String andradAv = "";

    protected DelegationsregelEntity() {
    }

    public DelegationsregelEntity(long delegat, long enhet, @Nullable Uppdragsslag slag, @Nullable BigDecimal beloppsgrans,
            LocalDate giltigFran, @Nullable LocalDate giltigTill, Instant nu, String av) {
        this.delegat = delegat;
        this.enhet = enhet;
        this.uppdragsslag = slag;
        this.beloppsgrans = beloppsgrans;
        this.giltigFran = giltigFran;
        this.giltigTill = giltigTill;
        this.andrad = nu;
        this.andradAv = av;
    }

    /** The rule ends on the day (it stays on record for the decisions taken under it). */
    public void avsluta(LocalDate till, Instant nu, String av) {
        this.giltigTill = till;
        this.andrad = nu;
        this.andradAv = av;
    }

    public long id() {
        return Objects.requireNonNull(id);
    }

    public long delegat() {
        return delegat;
    }

    public long enhet() {
        return enhet;
    }

    public @Nullable Uppdragsslag slag() {
        return uppdragsslag;
    }

    public @Nullable BigDecimal beloppsgrans() {
        return beloppsgrans;
    }

    public LocalDate giltigFran() {
        return giltigFran;
    }

    public @Nullable LocalDate giltigTill() {
        return giltigTill;
    }
}
