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
    @Enumerated(EnumType.STRING)
    private Remissvar.Svar svar = Remissvar.Svar.GODKANT;
    private @Nullable String kommentar;
    private Instant tidpunkt = Instant.EPOCH;

    protected RemissvarEntity() {
    }

    public RemissvarEntity(long uppdragId, int version, long personId, Remissvar.Svar svar, @Nullable String kommentar,
            Instant tidpunkt) {
        this.uppdragId = uppdragId;
        this.version = version;
        this.personId = personId;
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

    public Remissvar toRemissvar(String namn) {
        return new Remissvar(namn, svar, kommentar, tidpunkt, version);
    }
}
