package se.uppdrag.security.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** The failed logins of one key (an account name or a client address) since the counting began. */
@Entity
@Table(name = "inloggningsforsok")
public class InloggningsforsokEntity {

    @Id
    private String nyckel = "";
    private int misslyckade;
    @Column(name = "forsta_misslyckade")
    private Instant forstaMisslyckade = Instant.EPOCH;
    @Column(name = "senaste_misslyckade")
    private Instant senasteMisslyckade = Instant.EPOCH;
    @Column(name = "last_till")
    private @Nullable Instant lastTill;

    protected InloggningsforsokEntity() {
    }

    public InloggningsforsokEntity(String nyckel) {
        this.nyckel = nyckel;
    }

    public String nyckel() {
        return nyckel;
    }

    public int misslyckade() {
        return misslyckade;
    }

    public Instant forstaMisslyckade() {
        return forstaMisslyckade;
    }

    public Instant senasteMisslyckade() {
        return senasteMisslyckade;
    }

    public @Nullable Instant lastTill() {
        return lastTill;
    }

    /** Counts one more failure at the given time; the first one starts the counting window. */
    public void misslyckades(Instant nar) {
        if (misslyckade == 0) {
            forstaMisslyckade = nar;
        }
        misslyckade++;
        senasteMisslyckade = nar;
    }

    public void las(Instant till) {
        lastTill = till;
    }

    /** Starts the count afresh (the window or the lock has passed). */
    public void nollstall() {
        misslyckade = 0;
        lastTill = null;
    }
}
