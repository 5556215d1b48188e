package se.uppdrag.reporting.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import se.uppdrag.reporting.Periodrapport;
import se.uppdrag.reporting.Periodrapport.Status;
import se.uppdrag.reporting.PeriodrapportId;
import se.uppdrag.reporting.Rapportperiod;
import se.uppdrag.reporting.Uppfoljningsrapport.Placering;

/**
 * A period report and its steps. Its document is kept from the moment it is marked ready (as JSON, {@link Dokumentlagring})
 * and its PDF and XLSX from the moment it is approved, with their SHA-256; once approved nothing of it changes again.
 * What is kept lives in {@link PeriodrapportInnehallEntity}, apart from this row, which every list of reports reads; the
 * checksums stay here, small and shown with the report.
 */
@Entity
@Table(name = "periodrapport")
public class PeriodrapportEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    @Version
    private long version;
    private String titel = "";
    private LocalDate periodFran = LocalDate.EPOCH;
    private LocalDate periodTill = LocalDate.EPOCH;
    private @Nullable String enhet;
    @Enumerated(EnumType.STRING)
    private Status status = Status.UTKAST;
    private long sammanstallareId;
    private long beslutsfattareId;
    private Instant skapad = Instant.EPOCH;
    private @Nullable Instant klarmarkerad;
    private @Nullable Instant godkand;
    private @Nullable String aterremiss;
    private @Nullable LocalDate perDag;
    private @Nullable String pdfSha256;
    private @Nullable String xlsxSha256;
    @ElementCollection
    @CollectionTable(name = "periodrapport_sammanfattning", joinColumns = @JoinColumn(name = "periodrapport_id"))
    private List<SammanfattningRad> sammanfattningar = new ArrayList<>();

    protected PeriodrapportEntity() {
    }

    public PeriodrapportEntity(String titel, Rapportperiod period, @Nullable String enhet, long sammanstallareId,
            long beslutsfattareId, Instant nu) {
        this.titel = titel;
        this.periodFran = period.fran();
        this.periodTill = period.till();
        this.enhet = enhet;
        this.sammanstallareId = sammanstallareId;
        this.beslutsfattareId = beslutsfattareId;
        this.skapad = nu;
    }

    public Periodrapport toPeriodrapport(String sammanstallareNamn, String beslutsfattareNamn) {
        return new Periodrapport(new PeriodrapportId(Objects.requireNonNull(id)), version, titel,
                new Rapportperiod(periodFran, periodTill), enhet, status, new se.uppdrag.personer.PersonId(sammanstallareId),
                sammanstallareNamn, new se.uppdrag.personer.PersonId(beslutsfattareId), beslutsfattareNamn, sammanfattningar(),
                skapad, klarmarkerad, godkand, aterremiss, perDag);
    }

    public Map<Placering, String> sammanfattningar() {
        var karta = new LinkedHashMap<Placering, String>();
        sammanfattningar.forEach(rad -> karta.put(rad.placering(), rad.text));
        return karta;
    }

    /** The compiler's summaries, by plan and målområde; an empty one is not kept. */
    public void skrivSammanfattningar(Map<Placering, String> texter) {
        sammanfattningar.clear();
        texter.forEach((grupp, text) -> {
            if (!text.isBlank()) {
                sammanfattningar.add(new SammanfattningRad(grupp, text.strip()));
            }
        });
    }

    /** Ready: the document as it now stands is kept, with the day its figures stand on. */
    public void klarmarkera(PeriodrapportInnehallEntity innehall, String dokumentJson, LocalDate per, Instant nu) {
        eget(innehall).behall(dokumentJson, null, null);
        status = Status.KLAR;
        perDag = per;
        klarmarkerad = nu;
        aterremiss = null;
    }

    /** Sent back: a draft again, drawn from the data, with the reason. */
    public void aterremittera(PeriodrapportInnehallEntity innehall, String kommentar) {
        eget(innehall).behall(null, null, null);
        status = Status.UTKAST;
        perDag = null;
        klarmarkerad = null;
        aterremiss = kommentar;
    }

    /** Approved: the approved document and its files are kept for good. */
    public void godkann(PeriodrapportInnehallEntity innehall, String dokumentJson, byte[] pdf, byte[] xlsx, Instant nu) {
        eget(innehall).behall(dokumentJson, pdf, xlsx);
        status = Status.GODKAND;
        pdfSha256 = sha256(pdf);
        xlsxSha256 = sha256(xlsx);
        godkand = nu;
    }

    private PeriodrapportInnehallEntity eget(PeriodrapportInnehallEntity innehall) {
        if (id == null || innehall.periodrapportId() != id) {
            throw new IllegalArgumentException("The contents of period report " + innehall.periodrapportId() + ", not " + id);
        }
        return innehall;
    }

    private static String sha256(byte[] innehall) {
        try {
            return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(innehall));
        } catch (java.security.NoSuchAlgorithmException saknas) {
            throw new IllegalStateException(saknas);
        }
    }

    public @Nullable Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public Status status() {
        return status;
    }

    public String titel() {
        return titel;
    }

    public Rapportperiod period() {
        return new Rapportperiod(periodFran, periodTill);
    }

    public @Nullable String enhet() {
        return enhet;
    }

    public long sammanstallareId() {
        return sammanstallareId;
    }

    public long beslutsfattareId() {
        return beslutsfattareId;
    }

    public @Nullable String pdfSha256() {
        return pdfSha256;
    }

    public @Nullable String xlsxSha256() {
        return xlsxSha256;
    }

    public @Nullable LocalDate perDag() {
        return perDag;
    }

    public @Nullable Instant godkandTid() {
        return godkand;
    }

    /** A summary row; the part outside every plan is kept with empty plan and målområde. */
    @Embeddable
    public static class SammanfattningRad {

        private String plan = "";
        private String malomrade = "";
        private String text = "";

        protected SammanfattningRad() {
        }

        SammanfattningRad(Placering grupp, String text) {
            this.plan = Objects.requireNonNullElse(grupp.plan(), "");
            this.malomrade = Objects.requireNonNullElse(grupp.malomrade(), "");
            this.text = text;
        }

        Placering placering() {
            return plan.isEmpty() ? Placering.UTAN_PLAN.grupp() : new Placering(plan, malomrade.isEmpty() ? null : malomrade, null, 0);
        }
    }
}
