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
    @Column(name = "prognos_kr")
    private java.math.@Nullable BigDecimal prognosKr;
    @Column(name = "utfall_kr")
    private java.math.@Nullable BigDecimal utfallKr;
    @Column(name = "realiserad_effekt")
    private @Nullable String realiseradEffekt;

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

    public StatusrapportEntity(long uppdragId, long personId, Instant tidpunkt, Statusrapport.Ljus ljus,
            Statusrapport.Trend trend, String kommentar, Statusrapport.Resultat ekonomi) {
        this(uppdragId, personId, tidpunkt, ljus, trend, kommentar);
        this.prognosKr = ekonomi.prognosKr();
        this.utfallKr = ekonomi.utfallKr();
        this.realiseradEffekt = ekonomi.realiseradEffekt();
    }

    public long uppdragId() {
        return uppdragId;
    }

    public long personId() {
        return personId;
    }

    public Statusrapport toStatusrapport(String namn) {
        return new Statusrapport(namn, tidpunkt, ljus, trend, kommentar, new Statusrapport.Resultat(
                prognosKr == null ? null : prognosKr.stripTrailingZeros(), utfallKr == null ? null : utfallKr.stripTrailingZeros(),
                realiseradEffekt));
    }
}
