package se.uppdrag.personer;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.uppdrag.personer.internal.PersonEntity;
import se.uppdrag.personer.internal.PersonRepository;
import se.uppdrag.text.OgiltigtVardeException;

/** Looks people up in the directory and adds new ones. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class PersonService {

    private final PersonRepository repository;
    private final Clock clock;

    PersonService(PersonRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /**
     * People active today whose name, title, unit, e-mail or id contains the text, ordered by name: what every picker
     * offers. A deactivated person is not offered; {@link #hamta} still reads them for old records.
     */
    public List<Person> sok(String text, Pageable pageable) {
        var page = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by("namn", "id"));
        return repository.searchActive(Sokmonster.av(text), LocalDate.now(clock), page).stream().map(PersonEntity::toPerson).toList();
    }

    /** Those of the people who may not be chosen for new work today (deactivated, or outside their active days). */
    public List<Person> inaktiva(Collection<PersonId> ids) {
        var idag = LocalDate.now(clock);
        return hamta(ids).values().stream().filter(p -> !p.arAktiv(idag)).sorted(java.util.Comparator.comparing(Person::namn)).toList();
    }

    /** Refuses, with "Anna Ek är inte längre aktiv och kan inte väljas", when any of the people is not active today. */
    public void kravAktiva(Collection<PersonId> ids) {
        var inaktiva = inaktiva(ids);
        if (!inaktiva.isEmpty()) {
            throw new InaktivPersonException(inaktiva.getFirst());
        }
        if (hamta(ids).size() < new java.util.HashSet<>(ids).size()) {
            throw new OgiltigtVardeException("katalog.fel.person-finns-inte");
        }
    }

    public Person hamta(PersonId id) {
        return repository.findById(id.value()).map(PersonEntity::toPerson)
                .orElseThrow(() -> new OgiltigtVardeException("katalog.fel.person-finns-inte"));
    }

    /** Several people at once (one query), keyed by id. */
    public Map<PersonId, Person> hamta(Collection<PersonId> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        var values = ids.stream().map(PersonId::value).collect(Collectors.toSet());
        return repository.findAllById(values).stream().map(PersonEntity::toPerson)
                .collect(Collectors.toMap(Person::id, Function.identity()));
    }

    /** Ids of the people whose name contains the text; used to search uppdrag by person. */
    public List<PersonId> idnMedNamn(String text) {
        return repository.findIdsByName("%" + text.strip().toLowerCase() + "%", PageRequest.of(0, 500))
                .stream().map(PersonId::new).toList();
    }

    @Transactional
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    public Person skapa(NyPerson ny) {
        return repository.save(PersonEntity.from(ny)).toPerson();
    }
}
