package se.uppdrag.delegation.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A decision taken under delegation; written once, and later only given the uppdrag's diarienummer. */
@Entity
@Table(name = "delegationsbeslut")
public class DelegationsbeslutEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    @Column(name = "uppdrag_id")
    private long uppdrag;
    private @Nullable String diarienummer;
    private String titel = "";
    private LocalDate beslutsdatum = LocalDate.MIN;
    @Column(name = "delegat_id")
    private long delegat;
    private @Nullable String beslutadAv;
    @Column(name = "regel_id")
    private @Nullable Long regel;
    @Column(name = "regel_enhet_id")
    private @Nullable Long regelEnhet;
    private @Nullable String regelText;
    private Instant registrerad = Instant.EPOCH;

    protected DelegationsbeslutEntity() {
    }

    public DelegationsbeslutEntity(long uppdrag, @Nullable String diarienummer, String titel, LocalDate beslutsdatum,
            long delegat, @Nullable String beslutadAv, @Nullable Long regel, @Nullable Long regelEnhet,
            @Nullable String regelText, Instant registrerad) {
        this.uppdrag = uppdrag;
        this.diarienummer = diarienummer;
        this.titel = titel;
        this.beslutsdatum = beslutsdatum;
        this.delegat = delegat;
        this.beslutadAv = beslutadAv;
        this.regel = regel;
        this.regelEnhet = regelEnhet;
        this.regelText = regelText;
        this.registrerad = registrerad;
    }

    public void diarieford(String nummer) {
        if (diarienummer == null) {
            diarienummer = nummer;
        }
    }

    public long uppdrag() {
        return uppdrag;
    }

    public @Nullable String diarienummer() {
        return diarienummer;
    }

    public String titel() {
        return titel;
    }

    public LocalDate beslutsdatum() {
        return beslutsdatum;
    }

    public long delegat() {
        return delegat;
    }

    public @Nullable String beslutadAv() {
        return beslutadAv;
    }

    public @Nullable Long regelEnhet() {
        return regelEnhet;
    }

    public @Nullable String regelText() {
        return regelText;
    }
}
