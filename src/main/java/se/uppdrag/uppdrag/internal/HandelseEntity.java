package se.uppdrag.uppdrag.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import se.uppdrag.uppdrag.HandelseTyp;

/** One step in an uppdrag's timeline: who did what, when, with which comment, on which version. */
@Entity
@Table(name = "uppdrag_handelse")
public class HandelseEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    @Column(name = "uppdrag_id")
    private long uppdragId;
    private Instant tidpunkt = Instant.EPOCH;
    @Column(name = "person_id")
    private @Nullable Long personId;
    @Enumerated(EnumType.STRING)
    private HandelseTyp typ = HandelseTyp.SKAPAT;
    private @Nullable String kommentar;
    private @Nullable Integer version;

    protected HandelseEntity() {
    }

    public HandelseEntity(long uppdragId, Instant tidpunkt, @Nullable Long personId, HandelseTyp typ,
            @Nullable String kommentar, @Nullable Integer version) {
        this.uppdragId = uppdragId;
        this.tidpunkt = tidpunkt;
        this.personId = personId;
        this.typ = typ;
        this.kommentar = kommentar;
        this.version = version;
    }

    public long uppdragId() {
        return uppdragId;
    }

    public Instant tidpunkt() {
        return tidpunkt;
    }

    public @Nullable Long personId() {
        return personId;
    }

    public HandelseTyp typ() {
        return typ;
    }

    public @Nullable String kommentar() {
        return kommentar;
    }

    public @Nullable Integer version() {
        return version;
    }
}
