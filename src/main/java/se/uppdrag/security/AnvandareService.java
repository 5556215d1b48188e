package se.uppdrag.security;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.uppdrag.security.internal.AnvandareEntity;
import se.uppdrag.security.internal.AnvandareRepository;

/** Creates logins. Only administrators may. */
@Service
@Transactional
@PreAuthorize("hasRole('ADMINISTRATOR')")
public class AnvandareService {

    private final AnvandareRepository repository;
    private final PasswordEncoder passwordEncoder;

    AnvandareService(AnvandareRepository repository, PasswordEncoder passwordEncoder) {
        this.repository = repository;
        this.passwordEncoder = passwordEncoder;
    }

    public void skapa(NyAnvandare ny) {
        if (repository.existsByUsername(ny.anvandarnamn())) {
            throw new IllegalArgumentException("Användarnamnet " + ny.anvandarnamn() + " är upptaget");
        }
        repository.save(new AnvandareEntity(ny.anvandarnamn(), passwordEncoder.encode(ny.losenord()),
                ny.personId().value(), ny.roller()));
    }

    @Transactional(readOnly = true)
    public boolean finns(String anvandarnamn) {
        return repository.existsByUsername(anvandarnamn);
    }

    @Transactional(readOnly = true)
    public long antal() {
        return repository.count();
    }
}
