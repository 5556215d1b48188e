package se.uppdrag.uppdrag.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.MonthDay;
import org.jspecify.annotations.Nullable;
import se.uppdrag.uppdrag.Statusrapportering;

/** One date (MM-dd) of a cadence of the status report schedule, with who saved it and when. */
@Entity
@Table(name = "statusrapport_datum")
public class RapportdatumEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    @Enumerated(EnumType.STRING)
    private Statusrapportering rapportering = Statusrapportering.HALVAR;
    private String datum = "";
    private Instant andrad = Instant.EPOCH;
    private String andradAv = "";

    protected RapportdatumEntity() {
    }

    public RapportdatumEntity(Statusrapportering rapportering, MonthDay datum, Instant andrad, String andradAv) {
        this.rapportering = rapportering;
        this.datum = String.format("%02d-%02d", datum.getMonthValue(), datum.getDayOfMonth());
        this.andrad = andrad;
        this.andradAv = andradAv;
    }

    public Statusrapportering rapportering() {
        return rapportering;
    }

    public MonthDay datum() {
        return MonthDay.parse("--" + datum);
    }
}
