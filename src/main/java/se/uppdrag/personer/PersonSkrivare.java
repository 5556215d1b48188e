package se.uppdrag.personer;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.uppdrag.personer.internal.EnhetEntity;
import se.uppdrag.personer.internal.EnhetRepository;
import se.uppdrag.personer.internal.PersonEntity;
import se.uppdrag.personer.internal.PersonRepository;
import se.uppdrag.text.OgiltigtVardeException;

/** Writes a person the way both the administrator's form and the import do, checking what needs the database. */
@Component
@Transactional
class PersonSkrivare {

    private final PersonRepository personer;
    private final EnhetRepository enheter;
    private final ApplicationEventPublisher handelser;

    PersonSkrivare(PersonRepository personer, EnhetRepository enheter, ApplicationEventPublisher handelser) {
        this.personer = personer;
        this.enheter = enheter;
        this.handelser = handelser;
    }

    Person skapa(Personuppgifter uppgifter, boolean publicera) {
        kontrolleraId(uppgifter, null);
        var entity = PersonEntity.ny();
        entity.tillampa(uppgifter, enhet(uppgifter.enhet(), null));
        var person = personer.saveAndFlush(entity).toPerson();
        if (publicera) {
            handelser.publishEvent(new KatalogAndrad("Person skapad: " + beskriv(person)));
        }
        return person;
    }

    Person andra(PersonId id, Personuppgifter uppgifter, boolean publicera) {
        var entity = entity(id);
        var fore = entity.toPerson();
        kontrolleraId(uppgifter, id);
        entity.tillampa(uppgifter, enhet(uppgifter.enhet(), fore.enhetId()));
        var person = personer.saveAndFlush(entity).toPerson();
        if (publicera) {
            handelser.publishEvent(new KatalogAndrad("Person ändrad: " + beskriv(person)));
        }
        return person;
    }

    Person satAktiv(PersonId id, boolean aktiv) {
        var entity = entity(id);
        entity.satAktiv(aktiv);
        var person = personer.saveAndFlush(entity).toPerson();
        handelser.publishEvent(new KatalogAndrad((aktiv ? "Person återaktiverad: " : "Person inaktiverad: ") + beskriv(person)));
        return person;
    }

    PersonEntity entity(PersonId id) {
        return personer.findById(id.value()).orElseThrow(() -> new OgiltigtVardeException("katalog.fel.person-finns-inte"));
    }

    static String beskriv(Person person) {
        return person.namn() + " (id " + person.id().value()
                + (person.anstallningsId() == null ? "" : ", anställnings-id " + person.anstallningsId()) + ")";
    }

    private void kontrolleraId(Personuppgifter uppgifter, @Nullable PersonId egen) {
        if (uppgifter.anstallningsId() == null) {
            return;
        }
        personer.findByAnstallningsId(uppgifter.anstallningsId()).map(PersonEntity::toPerson)
                .filter(annan -> !annan.id().equals(egen)).ifPresent(annan -> {
                    throw new KatalogFelException("anstallningsId", "katalog.fel.id-upptaget",
                            uppgifter.anstallningsId(), annan.namn());
                });
    }

    /** The unit to place the person in: it must exist, and be active unless the person is already there. */
    private @Nullable EnhetEntity enhet(@Nullable EnhetId id, @Nullable EnhetId nuvarande) {
        if (id == null) {
            return null;
        }
        var entity = enheter.findById(id.value()).orElseThrow(() -> new KatalogFelException("enhet", "organisation.fel.finns-inte"));
        if (!entity.toEnhet().aktiv() && !Objects.equals(id, nuvarande)) {
            throw new KatalogFelException("enhet", "katalog.fel.valj-aktiv-enhet", entity.namn());
        }
        return entity;
    }
}
