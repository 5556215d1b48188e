package se.uppdrag.security.internal;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.uppdrag.personer.Person;
import se.uppdrag.personer.PersonId;
import se.uppdrag.personer.Personkatalog;
import se.uppdrag.security.Inloggad;

/** Loads logins for Spring Security; runs before anyone is authenticated, so it is not method-secured. */
@Service
@Transactional(readOnly = true)
class UppdragUserDetailsService implements UserDetailsService {

    private final AnvandareRepository anvandare;
    private final Personkatalog personer;

    UppdragUserDetailsService(AnvandareRepository anvandare, Personkatalog personer) {
        this.anvandare = anvandare;
        this.personer = personer;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        var entity = anvandare.findByUsername(username)
                .orElseThrow(() -> new UsernameNotFoundException("Okänt användarnamn"));
        var namn = personer.hitta(new PersonId(entity.personId())).map(Person::namn)
                .orElseThrow(() -> new UsernameNotFoundException("Inloggningen saknar person"));
        var inloggad = new Inloggad(entity.username(), new PersonId(entity.personId()), namn, entity.roller());
        return new UppdragUserDetails(inloggad, entity.passwordHash(), entity.enabled());
    }
}
