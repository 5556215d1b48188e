package se.uppdrag.notification.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import se.uppdrag.notification.Mailbilaga;

/** An attachment of outgoing mail, stored once for all the mails that carry it. */
@Entity
@Table(name = "utgaende_bilaga")
public class UtgaendeBilagaEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    private String filnamn = "";
    private String mediatyp = "";
    private byte[] innehall = new byte[0];
    private Instant skapad = Instant.EPOCH;

    protected UtgaendeBilagaEntity() {
    }

    public UtgaendeBilagaEntity(Mailbilaga bilaga, Instant nu) {
        this.filnamn = bilaga.filnamn();
        this.mediatyp = bilaga.mediatyp();
        this.innehall = bilaga.innehall();
        this.skapad = nu;
    }

    public @Nullable Long id() {
        return id;
    }

    public Mailbilaga toMailbilaga() {
        return new Mailbilaga(filnamn, mediatyp, innehall);
    }
}
