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
import se.uppdrag.uppdrag.Remissvar;

@Entity
@Table(name = "uppdrag_remissvar")
public class RemissvarEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    @Column(name = "uppdrag_id")
    private long uppdragId;
    private int version;
    @Column(name = "person_id")
    private long personId;
    @Column(name = "for_person_id")
    private @Nullable Long forPersonId;
    @Enumerated(EnumType.STRING)
    private Remissvar.Svar svar = Remissvar.Svar.GODKANT;
    private @Nullable String kommentar;
    private Instant tidpunkt = Instant.EPOCH;

    protected RemissvarEntity() {
    }

    /** {@code forPersonId}: the reviewer asked, when someone they lent the task to answered for them. */
    public RemissvarEntity(long uppdragId, int version, long personId, @Nullable Long forPersonId, Remissvar.Svar svar,
            @Nullable String kommentar, Instant tidpunkt) {
        this.uppdragId = uppdragId;
        this.version = version;
        this.personId = personId;
        this.forPersonId = forPersonId;
        this.svar = svar;
        this.kommentar = kommentar;
        this.tidpunkt = tidpunkt;
    }

    public int version() {
        return version;
    }

    public long personId() {
        return personId;
    }

    public @Nullable Long forPersonId() {
        return forPersonId;
    }

    /** The reviewer whose answer this is: the one asked, also when someone answered for them. */
    public long besvarat() {
        return forPersonId != null ? forPersonId : personId;
    }

    public Remissvar toRemissvar(String namn, @Nullable String forNamn) {
        return new Remissvar(namn, svar, kommentar, tidpunkt, version, forNamn);
    }
}
