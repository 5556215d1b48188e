package se.uppdrag.reporting.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * What a period report keeps, in a row of its own (V32): its document as marked ready (JSON, {@link Dokumentlagring})
 * and, once approved, its PDF/A and XLSX. They run to megabytes for a big region, so they are read for one report's
 * page and downloads only, never for the list; {@link PeriodrapportEntity} writes them in its steps.
 */
@Entity
@Table(name = "periodrapport_innehall")
public class PeriodrapportInnehallEntity {

    @Id
    private long periodrapportId;
    private @Nullable String dokument;
    private byte @Nullable [] pdf;
    private byte @Nullable [] xlsx;

    protected PeriodrapportInnehallEntity() {
    }

    public PeriodrapportInnehallEntity(long periodrapportId) {
        this.periodrapportId = periodrapportId;
    }

    long periodrapportId() {
        return periodrapportId;
    }

    void behall(@Nullable String dokumentJson, byte @Nullable [] pdf, byte @Nullable [] xlsx) {
        this.dokument = dokumentJson;
        this.pdf = pdf;
        this.xlsx = xlsx;
    }

    public @Nullable String dokument() {
        return dokument;
    }

    public byte @Nullable [] pdf() {
        return pdf;
    }

    public byte @Nullable [] xlsx() {
        return xlsx;
    }
}
