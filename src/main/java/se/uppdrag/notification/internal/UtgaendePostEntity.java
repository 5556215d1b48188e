package se.uppdrag.notification.internal;

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
import se.uppdrag.notification.MailTyp;

/** A mail in the outbox, rendered when it was queued. */
@Entity
@Table(name = "utgaende_post")
public class UtgaendePostEntity {

    public enum Status { VANTAR, SKICKAS, SKICKAD, MISSLYCKAD, SAMMANDRAG, I_SAMMANDRAG }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    private String handelsenyckel = "";
    @Column(name = "mottagare_epost")
    private String epost = "";
    @Column(name = "mottagare_namn")
    private @Nullable String namn;
    @Column(name = "person_id")
    private @Nullable Long personId;
    @Enumerated(EnumType.STRING)
    private MailTyp typ = MailTyp.UPPGIFT_TILLDELAD;
    private String amne = "";
    private String textHtml = "";
    private String textPlain = "";
    private @Nullable String lank;
    @Enumerated(EnumType.STRING)
    private Status status = Status.VANTAR;
    private int forsok;
    private Instant nastaForsok = Instant.EPOCH;
    private @Nullable String senasteFel;
    private Instant skapad = Instant.EPOCH;
    private @Nullable Instant skickad;
    private @Nullable String upptagenAv;
    private @Nullable Instant upptagenTill;
    private @Nullable Long sammandragId;
    @Column(name = "bilaga_id")
    private @Nullable Long bilagaId;

    protected UtgaendePostEntity() {
    }

    public UtgaendePostEntity(String handelsenyckel, String epost, @Nullable String namn, @Nullable Long personId, MailTyp typ,
            String amne, String textHtml, String textPlain, @Nullable String lank, Status status, Instant nu) {
        this.handelsenyckel = handelsenyckel;
        this.epost = epost;
        this.namn = namn;
        this.personId = personId;
        this.typ = typ;
        this.amne = amne;
        this.textHtml = textHtml;
        this.textPlain = textPlain;
        this.lank = lank;
        this.status = status;
        this.skapad = nu;
        this.nastaForsok = nu;
    }

    public long id() {
        return id == null ? 0 : id;
    }

    public String epost() {
        return epost;
    }

    public @Nullable String namn() {
        return namn;
    }

    public @Nullable Long personId() {
        return personId;
    }

    public MailTyp typ() {
        return typ;
    }

    public String amne() {
        return amne;
    }

    public String textHtml() {
        return textHtml;
    }

    public String textPlain() {
        return textPlain;
    }

    public @Nullable String lank() {
        return lank;
    }

    public Status status() {
        return status;
    }

    public int forsok() {
        return forsok;
    }

    public @Nullable String senasteFel() {
        return senasteFel;
    }

    public Instant skapad() {
        return skapad;
    }

    public @Nullable Instant skickad() {
        return skickad;
    }

    public Instant nastaForsok() {
        return nastaForsok;
    }

    public void skickades(Instant nu) {
        status = Status.SKICKAD;
        skickad = nu;
        forsok++;
        senasteFel = null;
        upptagenAv = null;
        upptagenTill = null;
    }

    /** A failed attempt: tried again after 1, 2, 4 … minutes, given up after {@code maxForsok}. */
    public void misslyckades(String fel, Instant nu, int maxForsok) {
        forsok++;
        senasteFel = fel.length() > 1000 ? fel.substring(0, 1000) : fel;
        upptagenAv = null;
        upptagenTill = null;
        if (forsok >= maxForsok) {
            status = Status.MISSLYCKAD;
        } else {
            status = Status.VANTAR;
            nastaForsok = nu.plusSeconds(60L << Math.min(forsok - 1, 10));
        }
    }

    public void forsokIgen(Instant nu) {
        status = Status.VANTAR;
        forsok = 0;
        nastaForsok = nu;
    }

    public void ingarI(long sammandrag) {
        status = Status.I_SAMMANDRAG;
        sammandragId = sammandrag;
    }

    /** Attaches a stored attachment (see {@link UtgaendeBilagaEntity}). */
    public UtgaendePostEntity medBilaga(@Nullable Long bilaga) {
        this.bilagaId = bilaga;
        return this;
    }

    public @Nullable Long bilagaId() {
        return bilagaId;
    }
}
