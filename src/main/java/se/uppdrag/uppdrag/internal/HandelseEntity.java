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
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;
import se.uppdrag.uppdrag.HandelseTyp;

/**
 * One step in an uppdrag's timeline: who did what, when, for whom (på uppdrag av: the absent person a substitute
 * stands in for, or the one who lent the task), with which comment, on which version. A row is written once and never
 * changed or deleted; the database refuses it too (migration V14).
 */
@Entity
@Immutable
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
    @Column(name = "for_person_id")
    private @Nullable Long forPersonId;
    @Enumerated(EnumType.STRING)
    private HandelseTyp typ = HandelseTyp.SKAPAT;
    private @Nullable String kommentar;
    private @Nullable Integer version;
    /** The date the step set, if it sets one (the new återredovisning date). */
    private java.time.@Nullable LocalDate datum;

    protected HandelseEntity() {
    }

    public HandelseEntity(long uppdragId, Instant tidpunkt, @Nullable Long personId, @Nullable Long forPersonId,
            HandelseTyp typ, @Nullable String kommentar, @Nullable Integer version) {
        this.uppdragId = uppdragId;
        this.tidpunkt = tidpunkt;
        this.personId = personId;
        this.forPersonId = forPersonId;
        this.typ = typ;
        this.kommentar = kommentar;
        this.version = version;
    }

    /** A step that sets a date. */
    public HandelseEntity(long uppdragId, Instant tidpunkt, @Nullable Long personId, @Nullable Long forPersonId,
            HandelseTyp typ, @Nullable String kommentar, @Nullable Integer version, java.time.@Nullable LocalDate datum) {
        this(uppdragId, tidpunkt, personId, forPersonId, typ, kommentar, version);
        this.datum = datum;
    }

    public java.time.@Nullable LocalDate datum() {
        return datum;
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

    public @Nullable Long id() {
        return id;
    }

    public @Nullable Long forPersonId() {
        return forPersonId;
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
