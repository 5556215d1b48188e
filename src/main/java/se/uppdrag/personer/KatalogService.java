package se.uppdrag.personer;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.uppdrag.drift.Inlamningar;
import se.uppdrag.personer.internal.PersonEntity;
import se.uppdrag.personer.internal.PersonRepository;

/**
 * The administrator's directory: everyone, active or not, and adding, editing, deactivating and reactivating people.
 * There is no deleting: a person may appear in uppdrag, decisions and history, which must stay readable.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('ADMINISTRATOR')")
public class KatalogService {

    private final PersonRepository repository;
    private final PersonSkrivare skrivare;

    private final Inlamningar inlamningar;

    KatalogService(PersonRepository repository, PersonSkrivare skrivare, Inlamningar inlamningar) {
        this.inlamningar = inlamningar;
        this.repository = repository;
        this.skrivare = skrivare;
    }

    /** A page of the people whose name, title, unit, e-mail or id contains the text, ordered by name. */
    public List<Person> lista(String text, boolean medInaktiva, Pageable pageable) {
        var page = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by("namn", "id"));
        return repository.searchAll(Sokmonster.av(text), medInaktiva, page).stream().map(PersonEntity::toPerson).toList();
    }

    public long rakna(String text, boolean medInaktiva) {
        return repository.countAll(Sokmonster.av(text), medInaktiva);
    }

    public Person hamta(PersonId id) {
        return skrivare.entity(id).toPerson();
    }

    @Transactional
    public Person skapa(Personuppgifter uppgifter) {
        return skapa(uppgifter, null);
    }

    /** The same, sent from a form with its key: sent again, it is applied once ({@link Inlamningar}). */
    @Transactional
    public Person skapa(Personuppgifter uppgifter, @Nullable UUID nyckel) {
        return inlamningar.enGang(nyckel, "katalog.skapa", () -> {
            return skrivare.skapa(uppgifter, true);
        }, person -> String.valueOf(person.id().value()), id -> skrivare.entity(new PersonId(Long.parseLong(id))).toPerson());
    }

    /** Sent twice it needs no key: the second writes the same values (the audit log says so twice). */
    @Transactional
    public Person andra(PersonId id, Personuppgifter uppgifter) {
        return skrivare.andra(id, uppgifter, true);
    }

    /** The person can no longer be chosen for new work; old records still show them. */
    @Transactional
    public Person inaktivera(PersonId id) {
        return skrivare.satAktiv(id, false);
    }

    @Transactional
    public Person aktivera(PersonId id) {
        return skrivare.satAktiv(id, true);
    }
}
