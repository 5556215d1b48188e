package se.uppdrag.uppdrag.versioner;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** A snapshot of the uppdragshandling as it was sent på remiss or för beslut, as JSON. */
@Entity
@Table(name = "uppdrag_version")
@IdClass(VersionEntity.Nyckel.class)
public class VersionEntity {

    @Id
    @Column(name = "uppdrag_id")
    private long uppdragId;
    @Id
    private int nummer;
    private Instant skapad = Instant.EPOCH;
    private String anledning = "";
    private String innehall = "";

    protected VersionEntity() {
    }

    public VersionEntity(long uppdragId, int nummer, Instant skapad, String anledning, String innehall) {
        this.uppdragId = uppdragId;
        this.nummer = nummer;
        this.skapad = skapad;
        this.anledning = anledning;
        this.innehall = innehall;
    }

    public int nummer() {
        return nummer;
    }

    public Instant skapad() {
        return skapad;
    }

    public String anledning() {
        return anledning;
    }

    public String innehall() {
        return innehall;
    }

    public record Nyckel(long uppdragId, int nummer) implements Serializable {
    }
}
