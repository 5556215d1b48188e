package se.uppdrag.security;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.uppdrag.drift.Inlamningar;
import se.uppdrag.personer.Personkatalog;
import se.uppdrag.security.internal.AnvandareRepository;
import se.uppdrag.security.internal.Losenordslankar;
import se.uppdrag.text.Meddelande;

/** The signed-in user's own login: changing the password, which needs the current one. */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class KontoService {

    private final AnvandareRepository anvandare;
    private final CurrentUser currentUser;
    private final Personkatalog personer;
    private final PasswordEncoder passwordEncoder;
    private final Losenordslankar lankar;
    private final Sakerhetslogg logg;

    private final Inlamningar inlamningar;

    KontoService(AnvandareRepository anvandare, CurrentUser currentUser, Personkatalog personer,
            PasswordEncoder passwordEncoder, Losenordslankar lankar, Sakerhetslogg logg, Inlamningar inlamningar) {
        this.inlamningar = inlamningar;
        this.anvandare = anvandare;
        this.currentUser = currentUser;
        this.personer = personer;
        this.passwordEncoder = passwordEncoder;
        this.lankar = lankar;
        this.logg = logg;
    }

    /** A {@link Regelbrott} with {@code losenord.fel.nuvarande} if the current password is wrong. */
    public void bytLosenord(String nuvarande, String nytt) {
        bytLosenord(nuvarande, nytt, null);
    }

    /** The same, sent from a form with its key: sent again, it is applied once ({@link Inlamningar}). */
    public void bytLosenord(String nuvarande, String nytt, @Nullable UUID nyckel) {
        inlamningar.enGang(nyckel, "konto.byt-losenord", () -> {
            var jag = currentUser.require();
            var konto = anvandare.findByUsername(jag.anvandarnamn()).orElseThrow(() -> new AccessDeniedException(Meddelande.svenska("sakerhet.fel.ingen-inloggning")));
            if (!konto.losenordStammer(nuvarande, passwordEncoder)) {
                logg.logga(Sakerhetshandelse.Typ.MISSLYCKAD_INLOGGNING, "Fel nuvarande lösenord vid byte av lösenord");
                throw new Regelbrott("losenord.fel.nuvarande");
            }
            var epost = personer.hitta(jag.personId()).map(p -> p.epost() == null ? null : p.epost().value()).orElse(null);
            Losenordsregler.kontrollera(nytt, jag.anvandarnamn(), epost);
            konto.passwordHash(passwordEncoder.encode(nytt));
            lankar.upphav(konto.id());
            logg.logga(Sakerhetshandelse.Typ.LOSENORD_ANDRAT, "Eget lösenord bytt");
        });
    }
}
