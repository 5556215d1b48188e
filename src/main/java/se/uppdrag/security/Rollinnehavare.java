package se.uppdrag.security;

import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.uppdrag.personer.PersonId;
import se.uppdrag.security.internal.AnvandareRepository;

/** Who holds a role, for mail to a group (a task offered to the registrators). Used by system processes. */
@Component
@Transactional(readOnly = true)
public class Rollinnehavare {

    private final AnvandareRepository anvandare;

    Rollinnehavare(AnvandareRepository anvandare) {
        this.anvandare = anvandare;
    }

    public List<PersonId> medRoll(String roll) {
        return anvandare.personerMedRoll(roll).stream().map(PersonId::new).toList();
    }
}
