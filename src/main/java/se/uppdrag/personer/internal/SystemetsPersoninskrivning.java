package se.uppdrag.personer.internal;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.uppdrag.personer.NyPerson;
import se.uppdrag.personer.Person;
import se.uppdrag.personer.Personinskrivning;

@Component
@Transactional
class SystemetsPersoninskrivning implements Personinskrivning {

    private final PersonRepository repository;

    SystemetsPersoninskrivning(PersonRepository repository) {
        this.repository = repository;
    }

    @Override
    public Person skrivIn(NyPerson ny) {
        return repository.save(PersonEntity.from(ny)).toPerson();
    }
}
