package se.uppdrag.personer.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;
import se.uppdrag.personer.Enhet;
import se.uppdrag.personer.EnhetId;
import se.uppdrag.personer.Enhetskod;
import se.uppdrag.personer.Enhetstyp;
import se.uppdrag.personer.NyEnhet;

@Entity
@Table(name = "enhet")
public class EnhetEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    private String namn = "";
    private String kod = "";
    @Enumerated(EnumType.STRING)
    private Enhetstyp typ = Enhetstyp.ENHET;
    @Column(name = "overordnad_id")
    private @Nullable Long overordnad;
    private boolean aktiv = true;

    protected EnhetEntity() {
    }

    public static EnhetEntity from(NyEnhet ny) {
        var entity = new EnhetEntity();
        entity.namn = ny.namn();
        entity.kod = ny.kod().value();
        entity.typ = ny.typ();
        entity.overordnad = ny.overordnad() == null ? null : ny.overordnad().value();
        return entity;
    }

    public Enhet toEnhet() {
        return new Enhet(new EnhetId(id()), namn, new Enhetskod(kod), typ, overordnad == null ? null : new EnhetId(overordnad), aktiv);
    }

    public long id() {
        return java.util.Objects.requireNonNull(id);
    }

    public String namn() {
        return namn;
    }

    public void bytNamn(String namn, Enhetskod kod) {
        this.namn = namn;
        this.kod = kod.value();
    }

    public void flytta(@Nullable Long overordnad) {
        this.overordnad = overordnad;
    }

    public void satAktiv(boolean aktiv) {
        this.aktiv = aktiv;
    }
}
