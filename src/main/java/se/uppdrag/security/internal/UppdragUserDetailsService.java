package se.uppdrag.security.internal;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.uppdrag.personer.PersonId;
import se.uppdrag.security.Inloggad;

/** Loads logins for Spring Security; runs before anyone is authenticated, so it is not method-secured. */
@Service
@Transactional(readOnly = true)
class UppdragUserDetailsService implements UserDetailsService {

    private final AnvandareRepository anvandare;
    private final jakarta.persistence.EntityManager entityManager;

    UppdragUserDetailsService(AnvandareRepository anvandare, jakarta.persistence.EntityManager entityManager) {
        this.anvandare = anvandare;
        this.entityManager = entityManager;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        var entity = anvandare.findByUsername(username)
                .orElseThrow(() -> new UsernameNotFoundException("Okänt användarnamn"));
        var namn = (String) entityManager.createNativeQuery("select namn from person where id = :id")
                .setParameter("id", entity.personId()).getSingleResult();
        var inloggad = new Inloggad(entity.username(), new PersonId(entity.personId()), namn, entity.roller());
        return new UppdragUserDetails(inloggad, entity.passwordHash(), entity.enabled());
    }
}
