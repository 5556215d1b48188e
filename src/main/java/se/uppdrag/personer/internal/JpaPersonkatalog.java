package se.uppdrag.personer.internal;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.uppdrag.personer.EmailAddress;
import se.uppdrag.personer.Person;
import se.uppdrag.personer.PersonId;
import se.uppdrag.personer.Personkatalog;

@Component
@Transactional(readOnly = true)
class JpaPersonkatalog implements Personkatalog {

    private final PersonRepository repository;

    JpaPersonkatalog(PersonRepository repository) {
        this.repository = repository;
    }

    @Override
    public Optional<Person> hitta(PersonId id) {
        return repository.findById(id.value()).map(PersonEntity::toPerson);
    }

    @Override
    public Map<PersonId, Person> hamta(Collection<PersonId> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return repository.findAllById(ids.stream().map(PersonId::value).collect(Collectors.toSet())).stream()
                .map(PersonEntity::toPerson).collect(Collectors.toMap(Person::id, Function.identity()));
    }

    @Override
    public Optional<Person> medEpost(EmailAddress epost) {
        var traffar = repository.findByEpostIgnoreCase(epost.value());
        return traffar.size() == 1 ? Optional.of(traffar.getFirst().toPerson()) : Optional.empty();
    }

    @Override
    public Optional<Person> medAnstallningsId(String anstallningsId) {
        return repository.findByAnstallningsId(anstallningsId.strip()).map(PersonEntity::toPerson);
    }
}
