package se.uppdrag.personer.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import se.uppdrag.personer.EmailAddress;
import se.uppdrag.personer.EnhetId;
import se.uppdrag.personer.NyPerson;
import se.uppdrag.personer.Person;
import se.uppdrag.personer.PersonId;
import se.uppdrag.personer.Personuppgifter;

@Entity
@Table(name = "person")
public class PersonEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    private String namn = "";
    private @Nullable String titel;
    /** The free-text unit from before the tree (V11); shown only for a person placed in no unit of the tree. */
    private @Nullable String enhet;
    @ManyToOne
    @JoinColumn(name = "enhet_id")
    private @Nullable EnhetEntity enhetIKatalog;
    private @Nullable String epost;
    @Column(name = "anstallnings_id")
    private @Nullable String anstallningsId;
    @Column(name = "aktiv_fran")
    private @Nullable LocalDate aktivFran;
    @Column(name = "aktiv_till")
    private @Nullable LocalDate aktivTill;
    private boolean aktiv = true;

    protected PersonEntity() {
    }

    public static PersonEntity from(NyPerson ny) {
        var entity = new PersonEntity();
        entity.namn = ny.namn();
        entity.titel = ny.titel();
        entity.enhet = ny.enhet();
        entity.epost = ny.epost() == null ? null : ny.epost().value();
        return entity;
    }

    public static PersonEntity ny() {
        return new PersonEntity();
    }

    /** Writes what the administrator or the import says; the unit entity is looked up by the caller. */
    public void tillampa(Personuppgifter uppgifter, @Nullable EnhetEntity enhetEntity) {
        namn = uppgifter.namn();
        titel = uppgifter.titel();
        enhetIKatalog = enhetEntity;
        epost = uppgifter.epost() == null ? null : uppgifter.epost().value();
        anstallningsId = uppgifter.anstallningsId();
        aktivFran = uppgifter.aktivFran();
        aktivTill = uppgifter.aktivTill();
    }

    public void satAktiv(boolean aktiv) {
        this.aktiv = aktiv;
    }

    public Person toPerson() {
        var visadEnhet = enhetIKatalog == null ? enhet : enhetIKatalog.namn();
        return new Person(new PersonId(java.util.Objects.requireNonNull(id)), namn, titel, visadEnhet,
                epost == null ? null : new EmailAddress(epost), enhetIKatalog == null ? null : new EnhetId(enhetIKatalog.id()),
                anstallningsId, aktivFran, aktivTill, !aktiv);
    }
}
