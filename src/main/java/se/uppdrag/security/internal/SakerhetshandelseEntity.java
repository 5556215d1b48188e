package se.uppdrag.security.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.hibernate.annotations.Immutable;
import se.uppdrag.security.Sakerhetshandelse;

/** A row of the security audit log; never changed once written. */
@Entity
@Immutable
@Table(name = "sakerhetshandelse")
public class SakerhetshandelseEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    private Instant tidpunkt = Instant.EPOCH;
    @Enumerated(EnumType.STRING)
    private Sakerhetshandelse.Typ typ = Sakerhetshandelse.Typ.ADMINISTRATION;
    private @Nullable String anvandare;
    private @Nullable String adress;
    private String beskrivning = "";

    protected SakerhetshandelseEntity() {
    }

    public static SakerhetshandelseEntity av(Sakerhetshandelse handelse) {
        var entity = new SakerhetshandelseEntity();
        entity.tidpunkt = handelse.tidpunkt();
        entity.typ = handelse.typ();
        entity.anvandare = handelse.anvandare();
        entity.adress = handelse.adress();
        entity.beskrivning = handelse.beskrivning();
        return entity;
    }

    public Sakerhetshandelse till() {
        return new Sakerhetshandelse(tidpunkt, typ, anvandare, adress, beskrivning);
    }
}
