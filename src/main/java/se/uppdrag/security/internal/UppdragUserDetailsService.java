package se.uppdrag.security.internal;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.uppdrag.personer.PersonId;
import se.uppdrag.personer.Personkatalog;
import se.uppdrag.security.Inloggad;
import se.uppdrag.text.Meddelande;

/** Loads logins for Spring Security; runs before anyone is authenticated, so it is not method-secured. */
@Service
@Transactional(readOnly = true)
class UppdragUserDetailsService implements UserDetailsService {

    private final AnvandareRepository anvandare;
    private final Personkatalog personer;
    private final java.time.Clock klocka;

    UppdragUserDetailsService(AnvandareRepository anvandare, Personkatalog personer, java.time.Clock klocka) {
        this.anvandare = anvandare;
        this.personer = personer;
        this.klocka = klocka;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        var entity = anvandare.findByUsername(username)
                .orElseThrow(() -> new UsernameNotFoundException(Meddelande.svenska("sakerhet.fel.okant-anvandarnamn")));
        var person = personer.hitta(new PersonId(entity.personId()))
                .orElseThrow(() -> new UsernameNotFoundException(Meddelande.svenska("sakerhet.fel.saknar-person")));
        var inloggad = new Inloggad(entity.username(), person.id(), person.namn(), entity.roller());
        // a person deactivated in the directory (or outside their active days) signs in no more, whatever the login says
        var aktiv = entity.enabled() && person.arAktiv(java.time.LocalDate.now(klocka));
        return new UppdragUserDetails(inloggad, entity.passwordHash(), aktiv);
    }
}
