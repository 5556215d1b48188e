package se.uppdrag.uppdrag.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.annotations.BatchSize;
import org.jspecify.annotations.Nullable;
import se.uppdrag.uppdrag.UppdragStatus;

/** The stored uppdragshandling. People and linked uppdrag are kept as ids; the mapper resolves them. */
@Entity
@Table(name = "uppdrag")
public class UppdragEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Nullable Long id;
    @Version
    long version;
    @Enumerated(EnumType.STRING)
    UppdragStatus status = UppdragStatus.UTKAST;
    String organisation = "";
    @Nullable String enhet;
    LocalDate datum = LocalDate.EPOCH;
    @Nullable String diarienummer;
    String titel = "";
    @Column(name = "agare_id")
    long agareId;
    @Column(name = "uppdragstagare_id")
    @Nullable Long uppdragstagareId;
    @Column(name = "ersatter_uppdrag_id")
    @Nullable Long ersatterUppdragId;
    @Nullable String ersatterBenamning;
    @Nullable LocalDate ersatterDatum;
    @Nullable String beskrivning;
    @Nullable String arbetsgruppNotering;
    @Nullable String sambandText;
    @Nullable String kommunikation;
    @Nullable String prioritet;
    @Nullable LocalDate slutleverans;
    @Nullable String finansieringText;
    @Nullable BigDecimal finansieringBelopp;
    @Nullable String rapporteringTill;
    @Nullable LocalDate beslutsdatum;
    @Nullable String beslutadAv;
    @Enumerated(EnumType.STRING)
    se.uppdrag.uppdrag.Statusrapportering statusrapportering = se.uppdrag.uppdrag.Statusrapportering.HALVAR;
    @Nullable LocalDate aterredovisasSenast;
    @Enumerated(EnumType.STRING)
    @Nullable UppdragStatus statusForePaus;
    @Nullable String processId;
    @Column(name = "ersatt_av_id")
    @Nullable Long ersattAvId;
    Instant skapad = Instant.EPOCH;
    Instant andrad = Instant.EPOCH;
    String andradAv = "";

    @ElementCollection
    @CollectionTable(name = "uppdrag_uppdragsgivare", joinColumns = @JoinColumn(name = "uppdrag_id"))
    @OrderColumn(name = "ordning")
    @Column(name = "person_id")
    @BatchSize(size = 50)
    List<Long> uppdragsgivare = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "uppdrag_innefattar", joinColumns = @JoinColumn(name = "uppdrag_id"))
    @OrderColumn(name = "ordning")
    @Column(name = "rad_text")
    List<String> innefattar = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "uppdrag_ska", joinColumns = @JoinColumn(name = "uppdrag_id"))
    @OrderColumn(name = "ordning")
    @Column(name = "rad_text")
    List<String> ska = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "uppdrag_arbetsgrupp", joinColumns = @JoinColumn(name = "uppdrag_id"))
    @OrderColumn(name = "ordning")
    List<ArbetsgruppRad> arbetsgrupp = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "uppdrag_samband", joinColumns = @JoinColumn(name = "uppdrag_id"))
    @OrderColumn(name = "ordning")
    @Column(name = "lankat_uppdrag_id")
    List<Long> samband = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "uppdrag_aktivitet", joinColumns = @JoinColumn(name = "uppdrag_id"))
    @OrderColumn(name = "ordning")
    List<AktivitetRad> aktiviteter = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "uppdrag_beslutsfattare", joinColumns = @JoinColumn(name = "uppdrag_id"))
    @OrderColumn(name = "ordning")
    List<BeslutsfattareRad> beslutsfattare = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "uppdrag_mottagare", joinColumns = @JoinColumn(name = "uppdrag_id"))
    @OrderColumn(name = "ordning")
    List<MottagareRad> mottagare = new ArrayList<>();

    /** Everyone who may read the uppdrag; recomputed on every save. */
    @ElementCollection
    @CollectionTable(name = "uppdrag_deltagare", joinColumns = @JoinColumn(name = "uppdrag_id"))
    @Column(name = "person_id")
    Set<Long> deltagare = new HashSet<>();

    public @Nullable Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public UppdragStatus status() {
        return status;
    }

    public long agareId() {
        return agareId;
    }

    public String titel() {
        return titel;
    }

    public @Nullable String diarienummer() {
        return diarienummer;
    }

    public LocalDate datum() {
        return datum;
    }

    public @Nullable LocalDate slutleverans() {
        return slutleverans;
    }

    public @Nullable Long uppdragstagareId() {
        return uppdragstagareId;
    }

    public @Nullable String andradAv() {
        return andradAv;
    }

    public Instant andrad() {
        return andrad;
    }

    public void nyttUtkast(long agare, Instant nu) {
        this.agareId = agare;
        this.status = UppdragStatus.UTKAST;
        this.skapad = nu;
    }

    public void importerad(UppdragStatus status, se.uppdrag.diarium.@Nullable Diarienummer diarienummer,
            @Nullable LocalDate beslutsdatum, @Nullable String beslutadAv) {
        this.status = status;
        this.diarienummer = diarienummer == null ? null : diarienummer.toString();
        this.beslutsdatum = beslutsdatum;
        this.beslutadAv = beslutadAv;
    }

    public void status(UppdragStatus status) {
        this.status = status;
    }

    public void pausa() {
        this.statusForePaus = status;
        this.status = UppdragStatus.PAUSAT;
    }

    public void ateruppta() {
        this.status = statusForePaus == null ? UppdragStatus.PAGAENDE : statusForePaus;
        this.statusForePaus = null;
    }

    public void processStartad(String processId) {
        this.processId = processId;
    }

    public @Nullable String processId() {
        return processId;
    }

    /** The approval's stamp: only the last needed fastställande sets it. */
    public void faststallt(LocalDate datum, String av) {
        this.beslutsdatum = datum;
        this.beslutadAv = av;
    }

    /** Registered: the diarienummer (if it had none) and the date it must report back by (90 days by default). */
    public void registrerat(se.uppdrag.diarium.Diarienummer nummer) {
        if (diarienummer == null) {
            diarienummer = nummer.toString();
        }
        aterredovisasSenast = slutleverans != null ? slutleverans
                : (beslutsdatum == null ? null : beslutsdatum.plusDays(90));
    }

    public void ersattAv(long nyttUppdrag) {
        this.ersattAvId = nyttUppdrag;
        this.status = UppdragStatus.ERSATT;
    }

    public @Nullable LocalDate aterredovisasSenast() {
        return aterredovisasSenast;
    }

    public @Nullable String enhet() {
        return enhet;
    }

    public @Nullable String ersatterBenamning() {
        return ersatterBenamning;
    }

    public @Nullable LocalDate beslutsdatum() {
        return beslutsdatum;
    }

    public @Nullable Long ersatterUppdragId() {
        return ersatterUppdragId;
    }

    public se.uppdrag.uppdrag.Statusrapportering statusrapportering() {
        return statusrapportering;
    }

    public List<Long> uppdragsgivare() {
        return List.copyOf(uppdragsgivare);
    }

    public List<BeslutsfattareRad> beslutsfattare() {
        return List.copyOf(beslutsfattare);
    }

    public List<MottagareRad> mottagare() {
        return List.copyOf(mottagare);
    }

    public List<ArbetsgruppRad> arbetsgrupp() {
        return List.copyOf(arbetsgrupp);
    }

    public List<AktivitetRad> aktiviteter() {
        return List.copyOf(aktiviteter);
    }

    /** The activity (its index in the tidplan) was reported done; the first report counts. */
    public void aktivitetKlar(int index, Instant nar) {
        var rad = aktiviteter.get(index);
        if (rad.klar() == null) {
            aktiviteter.set(index, rad.klar(nar));
        }
    }

    public void andrades(String av, Instant nu) {
        this.andradAv = av;
        this.andrad = nu;
    }
}
