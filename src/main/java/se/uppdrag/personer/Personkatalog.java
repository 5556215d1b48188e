package se.uppdrag.personer;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * The directory read by code that runs for no particular user: sign-in (matching a login or a single sign-on claim to
 * a person), notifications and the engine. Read-only and not method-secured, unlike {@link PersonService}, which is
 * the users' door to the directory.
 */
public interface Personkatalog {

    Optional<Person> hitta(PersonId id);

    /** Several people at once (one query), keyed by id; ids that name no one are left out. */
    Map<PersonId, Person> hamta(Collection<PersonId> ids);

    /** The person with this e-mail address (compared without regard to case), if exactly one has it. */
    Optional<Person> medEpost(EmailAddress epost);

    /** The person with this employee or HSA id. */
    Optional<Person> medAnstallningsId(String anstallningsId);
}
