package se.uppdrag.security;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.uppdrag.drift.Inlamningar;
import se.uppdrag.personer.PersonId;
import se.uppdrag.personer.Personkatalog;
import se.uppdrag.security.internal.AnvandareEntity;
import se.uppdrag.security.internal.AnvandareRepository;
import se.uppdrag.security.internal.Losenordslankar;

/**
 * Sets a password from a one-time link. Open to anyone, because the person is not signed in: the link's token is
 * the proof. An unknown, used or expired link and a disabled login get the same answer, so nothing tells whether
 * an account exists.
 */
@Service
@Transactional
@PreAuthorize("permitAll()")
public class LosenordslankService {

    private final Losenordslankar lankar;
    private final AnvandareRepository anvandare;
    private final Personkatalog personer;
    private final PasswordEncoder passwordEncoder;
    private final Sakerhetslogg logg;

    private final Inlamningar inlamningar;

    LosenordslankService(Losenordslankar lankar, AnvandareRepository anvandare, Personkatalog personer,
            PasswordEncoder passwordEncoder, Sakerhetslogg logg, Inlamningar inlamningar) {
        this.inlamningar = inlamningar;
        this.lankar = lankar;
        this.anvandare = anvandare;
        this.personer = personer;
        this.passwordEncoder = passwordEncoder;
        this.logg = logg;
    }

    @Transactional(readOnly = true)
    public boolean giltig(String token) {
        return inloggning(token) != null;
    }

    /** Sets the password and uses the link up; a {@link Regelbrott} if the link is not live or the password breaks a rule. */
    public void satt(String token, String losenord) {
        satt(token, losenord, null);
    }

    /** The same, sent from a form with its key: sent again, it is applied once ({@link Inlamningar}). */
    public void satt(String token, String losenord, @Nullable UUID nyckel) {
        inlamningar.enGang(nyckel, "losenordslank.satt", () -> {
            var konto = inloggning(token);
            if (konto == null) {
                throw new Regelbrott("losenord.lank.ogiltig");
            }
            var epost = personer.hitta(new PersonId(konto.personId())).map(p -> p.epost() == null ? null : p.epost().value());
            Losenordsregler.kontrollera(losenord, konto.username(), epost.orElse(null));
            konto.passwordHash(passwordEncoder.encode(losenord));
            lankar.upphav(konto.id());
            logg.loggaFor(Sakerhetshandelse.Typ.LOSENORD_ANDRAT, konto.username(), "Lösenordet sattes med en engångslänk");
        });
    }

    private AnvandareEntity inloggning(String token) {
        return lankar.giltig(token).flatMap(anvandare::findById).filter(AnvandareEntity::enabled).orElse(null);
    }
}
