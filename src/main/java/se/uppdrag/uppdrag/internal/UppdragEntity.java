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
import org.springframework.data.domain.AbstractAggregateRoot;
import se.uppdrag.diarium.Diarienummer;
import se.uppdrag.text.Meddelande;
import se.uppdrag.text.OtillatetLageException;
import se.uppdrag.uppdrag.HandelseTyp;
import se.uppdrag.uppdrag.Overgang;
import se.uppdrag.uppdrag.UppdragId;
import se.uppdrag.uppdrag.UppdragNekadException;
import se.uppdrag.uppdrag.UppdragStatus;
import se.uppdrag.uppdrag.Uppdragshandelse;

/**
 * The uppdrag as an aggregate: the stored uppdragshandling (people and linked uppdrag kept as ids; the mapper resolves
 * them) and the only place its status changes. Each step of its life is a method here that checks the current state
 * against {@link Overgang}'s table, refuses any other with a clear message, and records what happened as an
 * {@link Uppdragshandelse}, published when the uppdrag is saved.
 */
@Entity
@Table(name = "uppdrag")
public class UppdragEntity extends AbstractAggregateRoot<UppdragEntity> {

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
    /** The editor's key of the first save, so that the same save sent twice makes one uppdrag (V20). */
    @Nullable String sparnyckel;
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
    @Column(name = "ansvarig_i_uppfoljning")
    @Nullable String ansvarigIUppfoljning;
    @Nullable String finansieringText;
    @Nullable BigDecimal finansieringBelopp;
    @Nullable String beraknadEffekt;
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
    @Column(name = "sekretess_osl")
    @Nullable String sekretessOsl;
    @Column(name = "sekretess_skal")
    @Nullable String sekretessSkal;
    @Column(name = "plan_id")
    @Nullable Long planId;
    @Column(name = "malomrade_id")
    @Nullable Long malomradeId;
    @Nullable String plannummer;
    @Nullable String utfardare;
    /** The plan's sub-items a), b), one per line. */
    @Nullable String delpunkter;

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

    /** Who is responsible in follow-up when that is a unit or role, not the uppdragstagare. */
    public @Nullable String ansvarigIUppfoljning() {
        return ansvarigIUppfoljning;
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

    /** A new draft made by the editor's first save with this key (see {@code UppdragService.skapa}). */
    public void nyttUtkast(long agare, Instant nu, java.util.UUID nyckel) {
        nyttUtkast(agare, nu);
        this.sparnyckel = nyckel.toString();
    }

    /** Saved for the first time (it has its id): a new draft, a revision, or one brought in from the old diarium. */
    public void skapat(@Nullable String kommentar) {
        handelse(HandelseTyp.SKAPAT, kommentar, null, null);
    }

    /** The owner saved the draft with these sections changed (their headings, as the document names them). */
    public void utkastAndrat(String avsnitt) {
        kravStatus(UppdragStatus.UTKAST);
        handelse(HandelseTyp.UTKAST_ANDRAT, avsnitt, null, null);
    }

    /**
     * An uppdrag decided before the system was used comes in with the status it has in the old diarium, its
     * diarienummer and decision stamp; a registered one reports back by its slutleverans or 90 days after the decision.
     */
    public void importerad(UppdragStatus status, @Nullable Diarienummer diarienummer,
            @Nullable LocalDate beslutsdatum, @Nullable String beslutadAv) {
        krav(this.status == UppdragStatus.UTKAST && id == null, "uppdrag.fel.importerad");
        this.status = status;
        this.diarienummer = diarienummer == null ? null : diarienummer.toString();
        this.beslutsdatum = beslutsdatum;
        this.beslutadAv = beslutadAv;
        if (diarienummer != null) {
            sattAterredovisning();
        }
    }

    public void skickaPaRemiss(String tillVemOchNar, int version) {
        overga(Overgang.SKICKA_PA_REMISS, tillVemOchNar, version);
    }

    /** A reviewer's answer to the round of the given version. */
    public void remissvar(String svar, int version) {
        kravStatus(UppdragStatus.PA_REMISS);
        handelse(HandelseTyp.REMISSVAR, svar, version, null);
    }

    /** The draft is back with its owner after a round; nothing changes when it already is a draft. */
    public void remissenAvslutad() {
        if (status != UppdragStatus.UTKAST) {
            overga(Overgang.AVSLUTA_REMISS, null, null);
        }
    }

    public void skickaForBeslut(int version) {
        overga(Overgang.SKICKA_FOR_BESLUT, null, version);
    }

    public void aterremittera(String vadSomBehoverAndras, int version) {
        overga(Overgang.ATERREMITTERA, vadSomBehoverAndras, version);
    }

    public void avsla(String skal, int version) {
        overga(Overgang.AVSLA, skal, version);
    }

    /**
     * Only the uppdrag's beslutsfattare decide on it and on its final report, whoever holds the task: refused with
     * {@link UppdragNekadException} for anyone else.
     */
    public void kravBeslutsfattare(long personId) {
        if (!arBeslutsfattare(personId)) {
            throw new UppdragNekadException("beslut.fel.inte-beslutsfattare");
        }
    }

    public boolean arBeslutsfattare(long personId) {
        return beslutsfattare.stream().anyMatch(b -> b.personId() == personId);
    }

    /**
     * Whether these beslutsfattare's approvals decide: all of them, or one who decides alone. The same rule for the
     * uppdrag and its final report.
     */
    public boolean beslutar(java.util.Collection<Long> godkandAv) {
        return beslutsfattare.stream().anyMatch(b -> b.beslutarEnsam() && godkandAv.contains(b.personId()))
                || beslutsfattare.stream().allMatch(b -> godkandAv.contains(b.personId()));
    }

    /** One beslutsfattare fastställde; the uppdrag is decided only when {@link #faststallt} stamps it. */
    public void faststalltAv(@Nullable String kommentar, int version) {
        kravStatus(UppdragStatus.FOR_BESLUT);
        handelse(HandelseTyp.FASTSTALLT_AV, kommentar, version, null);
    }

    /** The approval's stamp: only the last needed fastställande sets it. */
    public void faststallt(LocalDate datum, String av, int version) {
        kravStatus(UppdragStatus.FOR_BESLUT);
        this.beslutsdatum = datum;
        this.beslutadAv = av;
        handelse(HandelseTyp.FASTSTALLT, null, version, null);
    }

    /** Registered after the decision: the diarienummer (if it had none) and the date it must report back by. */
    public void registrerat(Diarienummer nummer) {
        krav(status == UppdragStatus.FOR_BESLUT && beslutsdatum != null, "uppdrag.fel.registreras");
        if (diarienummer == null) {
            diarienummer = nummer.toString();
        }
        sattAterredovisning();
        handelse(HandelseTyp.REGISTRERAT, diarienummer, null, null);
    }

    public void registreringBekraftad() {
        handelse(HandelseTyp.REGISTRERING_BEKRAFTAD, null, null, null);
    }

    /** The execution phase begins; one brought in from the old diarium keeps the status it came with. */
    public void genomforandetBorjar() {
        if (!status.arBeslutatOchOppet()) {
            overga(Overgang.PABORJA, null, null);
        }
    }

    /** The activity (its index in the tidplan) was reported done; the first report counts. */
    public void aktivitetKlar(int index, Instant nar, @Nullable String kommentar) {
        kravGenomfors();
        var rad = aktiviteter.get(index);
        if (rad.klar() == null) {
            aktiviteter.set(index, rad.klar(nar));
        }
        var text = kommentar == null || kommentar.isBlank() ? rad.namn() : rad.namn() + ": " + kommentar.strip();
        handelse(HandelseTyp.AKTIVITET_KLAR, text, null, null);
    }

    public void statusrapport(String sammanfattning) {
        kravGenomfors();
        handelse(HandelseTyp.STATUSRAPPORT, sammanfattning, null, null);
    }

    public void lamnaSlutrapport(@Nullable String bilagor) {
        overga(Overgang.LAMNA_SLUTRAPPORT, bilagor, null);
    }

    /** One beslutsfattare approved the final report; it is approved when {@link #beslutar} says so. */
    public void slutrapportGodkandAv(@Nullable String kommentar) {
        kravStatus(UppdragStatus.SLUTRAPPORT_INLAMNAD);
        handelse(HandelseTyp.SLUTRAPPORT_GODKAND_AV, kommentar, null, null);
    }

    public void godkannSlutrapport(@Nullable String kommentar) {
        overga(Overgang.GODKANNA_SLUTRAPPORT, kommentar, null);
    }

    public void begarKomplettering(String vad) {
        overga(Overgang.BEGARA_KOMPLETTERING, vad, null);
    }

    public void pausa(String skal) {
        var fore = status;
        overga(Overgang.PAUSA, skal, null);
        this.statusForePaus = fore;
    }

    /**
     * Moves the date it reports back by, for a reason (a pause does not need this: paused days are added by themselves).
     * Only while it is carried out or paused, to a day from today on, and to another date than the one it has; the
     * step keeps the old date, the new and the reason.
     */
    public void flyttaAterredovisning(LocalDate nytt, String skal, LocalDate idag) {
        krav(status == UppdragStatus.PAGAENDE || status == UppdragStatus.PAUSAT, "aterredovisning.fel.status",
                new Meddelande(status.textnyckel()));
        krav(!nytt.isBefore(idag), "aterredovisning.fel.passerat");
        krav(!nytt.equals(aterredovisasSenast), "aterredovisning.fel.oforandrat");
        var forra = aterredovisasSenast;
        aterredovisasSenast = nytt;
        handelse(HandelseTyp.ATERREDOVISNING_FLYTTAD, (forra == null ? "–" : forra.toString()) + " → " + nytt + ": " + skal,
                null, null, nytt);
    }

    public void ateruppta() {
        overga(Overgang.ATERUPPTA, null, null);
    }

    public void stryk(String skal) {
        overga(Overgang.STRYKA, skal, null);
    }

    /** A revision of it was started: a new draft that will supersede it once fastställd. */
    public void revideringStartad(UppdragId revision) {
        kravGenomforsEllerPausat();
        handelse(HandelseTyp.REVIDERING_STARTAD, null, null, revision);
    }

    /** Superseded by its fastställd revision. */
    public void ersattAv(long nyttUppdrag, String nyttUppdragsTitel) {
        overga(Overgang.ERSATTAS, nyttUppdragsTitel, null);
        this.ersattAvId = nyttUppdrag;
    }

    /**
     * Marks it as holding information under sekretess, or changes the marking; the history says who and what (the old
     * provision → the new). An unchanged marking is refused: nothing would be recorded.
     */
    public void markeraSekretess(se.uppdrag.uppdrag.Sekretess ny) {
        var forra = sekretess();
        krav(!ny.equals(forra), "sekretess.fel.oforandrad");
        this.sekretessOsl = ny.hanvisning().toString();
        this.sekretessSkal = ny.skal();
        if (forra == null) {
            handelse(HandelseTyp.SEKRETESS_MARKERAD, ny.hanvisning() + ": " + ny.skal(), null, null);
        } else {
            handelse(HandelseTyp.SEKRETESS_ANDRAD, forra.hanvisning() + " → " + ny.hanvisning() + ": " + ny.skal(), null, null);
        }
    }

    /** Removes the marking; the history keeps which provision it was. */
    public void havSekretess() {
        var forra = sekretess();
        krav(forra != null, "sekretess.fel.inte-markerad");
        this.sekretessOsl = null;
        this.sekretessSkal = null;
        handelse(HandelseTyp.SEKRETESS_HAVD, java.util.Objects.requireNonNull(forra).hanvisning() + " → –", null, null);
    }

    /** The marking, or null when it holds nothing under sekretess. */
    public se.uppdrag.uppdrag.@Nullable Sekretess sekretess() {
        return sekretessOsl == null ? null
                : new se.uppdrag.uppdrag.Sekretess(se.uppdrag.uppdrag.OslHanvisning.parse(sekretessOsl),
                        sekretessSkal == null ? "" : sekretessSkal);
    }

    public boolean arSekretessmarkerat() {
        return sekretessOsl != null;
    }

    /** What has happened since it was last saved, in order: published by the save (for tests of the aggregate). */
    List<Uppdragshandelse> inteSparadeHandelser() {
        return domainEvents().stream().map(Uppdragshandelse.class::cast).toList();
    }

    public void processStartad(String processId) {
        this.processId = processId;
    }

    public @Nullable String processId() {
        return processId;
    }

    private void overga(Overgang overgang, @Nullable String kommentar, @Nullable Integer version) {
        if (!overgang.tillats(status)) {
            throw new OtillatetLageException("uppdrag.fel.overgang", new Meddelande(overgang.textnyckel()),
                    new Meddelande(status.textnyckel()));
        }
        var till = overgang == Overgang.ATERUPPTA
                ? (statusForePaus == null ? UppdragStatus.PAGAENDE : statusForePaus) : overgang.till();
        if (overgang == Overgang.ATERUPPTA) {
            statusForePaus = null;
        }
        this.status = java.util.Objects.requireNonNull(till);
        if (overgang.handelse() != null) {
            handelse(overgang.handelse(), kommentar, version, null);
        }
    }

    private void handelse(HandelseTyp typ, @Nullable String kommentar, @Nullable Integer version, @Nullable UppdragId avser) {
        handelse(typ, kommentar, version, avser, null);
    }

    private void handelse(HandelseTyp typ, @Nullable String kommentar, @Nullable Integer version, @Nullable UppdragId avser,
            @Nullable LocalDate datum) {
        registerEvent(new Uppdragshandelse(new UppdragId(java.util.Objects.requireNonNull(id, "sparas först")), typ,
                kommentar, version, avser, datum));
    }

    private void kravStatus(UppdragStatus kravd) {
        krav(status == kravd, "uppdrag.fel.status", new Meddelande(status.textnyckel()));
    }

    private void kravGenomfors() {
        krav(status == UppdragStatus.PAGAENDE || status == UppdragStatus.SLUTRAPPORT_INLAMNAD, "uppdrag.fel.status",
                new Meddelande(status.textnyckel()));
    }

    private void kravGenomforsEllerPausat() {
        krav(status.arBeslutatOchOppet(), "uppdrag.fel.beslutat-och-oppet");
    }

    private static void krav(boolean uppfyllt, String nyckel, Object... argument) {
        if (!uppfyllt) {
            throw new OtillatetLageException(nyckel, argument);
        }
    }

    private void sattAterredovisning() {
        aterredovisasSenast = slutleverans != null ? slutleverans
                : (beslutsdatum == null ? null : beslutsdatum.plusDays(90));
    }

    public @Nullable LocalDate aterredovisasSenast() {
        return aterredovisasSenast;
    }

    public @Nullable String enhet() {
        return enhet;
    }

    public @Nullable BigDecimal finansieringBelopp() {
        return finansieringBelopp;
    }

    public @Nullable String beraknadEffekt() {
        return beraknadEffekt;
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

    public void andrades(String av, Instant nu) {
        this.andradAv = av;
        this.andrad = nu;
    }
}
