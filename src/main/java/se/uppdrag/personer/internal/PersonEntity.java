package se.uppdrag.personer.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;
import se.uppdrag.personer.EmailAddress;
import se.uppdrag.personer.NyPerson;
import se.uppdrag.personer.Person;
import se.uppdrag.personer.PersonId;

@Entity
@Table(name = "person")
public class PersonEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    private String namn = "";
    private @Nullable String titel;
    private @Nullable String enhet;
    private @Nullable String epost;
    @jakarta.persistence.Column(name = "anstallnings_id")
    private @Nullable String anstallningsId;

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

    public Person toPerson() {
        return new Person(new PersonId(id), namn, titel, enhet, epost == null ? null : new EmailAddress(epost));
    }
}
