package se.uppdrag.security.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A live one-time link to set a password: only the SHA-256 hash of its token is stored. Deleted when used. */
@Entity
@Table(name = "losenordslank")
class LosenordslankEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    @Column(name = "user_id")
    private long anvandareId;
    @Column(name = "token_hash")
    private String tokenHash = "";
    private Instant skapad = Instant.EPOCH;
    @Column(name = "giltig_till")
    private Instant giltigTill = Instant.EPOCH;

    protected LosenordslankEntity() {
    }

    LosenordslankEntity(long anvandareId, String tokenHash, Instant skapad, Instant giltigTill) {
        this.anvandareId = anvandareId;
        this.tokenHash = tokenHash;
        this.skapad = skapad;
        this.giltigTill = giltigTill;
    }

    long id() {
        return java.util.Objects.requireNonNull(id);
    }

    long anvandareId() {
        return anvandareId;
    }

    boolean giltig(Instant nu) {
        return nu.isBefore(giltigTill);
    }
}
