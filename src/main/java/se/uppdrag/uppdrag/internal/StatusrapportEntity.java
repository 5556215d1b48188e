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
import se.uppdrag.uppdrag.Statusrapport;

@Entity
@Table(name = "uppdrag_statusrapport")
public class StatusrapportEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    @Column(name = "uppdrag_id")
    private long uppdragId;
    @Column(name = "person_id")
    private long personId;
    private Instant tidpunkt = Instant.EPOCH;
    @Enumerated(EnumType.STRING)
    private Statusrapport.Ljus ljus = Statusrapport.Ljus.GRON;
    @Enumerated(EnumType.STRING)
    private Statusrapport.Trend trend = Statusrapport.Trend.OFORANDRAD;
    private String kommentar = "";

    protected StatusrapportEntity() {
    }

    public StatusrapportEntity(long uppdragId, long personId, Instant tidpunkt, Statusrapport.Ljus ljus,
            Statusrapport.Trend trend, String kommentar) {
        this.uppdragId = uppdragId;
        this.personId = personId;
        this.tidpunkt = tidpunkt;
        this.ljus = ljus;
        this.trend = trend;
        this.kommentar = kommentar;
    }

    public long uppdragId() {
        return uppdragId;
    }

    public long personId() {
        return personId;
    }

    public Statusrapport toStatusrapport(String namn) {
        return new Statusrapport(namn, tidpunkt, ljus, trend, kommentar);
    }
}
