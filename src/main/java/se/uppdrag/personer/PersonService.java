package se.uppdrag.personer;

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

/** Looks people up in the directory and adds new ones. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class PersonService {

    private final PersonRepository repository;

    PersonService(PersonRepository repository) {
        this.repository = repository;
    }

    /** People whose name, title, unit or e-mail contains the text, ordered by name. */
    public List<Person> sok(String text, Pageable pageable) {
        var pattern = "%" + (text == null ? "" : text.strip().toLowerCase()) + "%";
        var page = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by("namn"));
        return repository.search(pattern, page).stream().map(PersonEntity::toPerson).toList();
    }

    public Person hamta(PersonId id) {
        return repository.findById(id.value()).map(PersonEntity::toPerson)
                .orElseThrow(() -> new IllegalArgumentException("Personen finns inte i katalogen"));
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
