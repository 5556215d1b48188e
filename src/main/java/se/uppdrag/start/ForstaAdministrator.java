package se.uppdrag.start;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import se.uppdrag.personer.EmailAddress;
import se.uppdrag.security.Losenordsregler;
import se.uppdrag.security.Regelbrott;
import se.uppdrag.security.Systemkonton;

/**
 * A new production installation has no logins. When the database has none and UPPDRAG_ADMIN_ANVANDARE and
 * UPPDRAG_ADMIN_LOSENORD are set, this creates that administrator (with a person in the directory) once. A password
 * that breaks the password rules ({@link Losenordsregler}) is refused with one log line naming the rule.
 */
@Component
class ForstaAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ForstaAdministrator.class);
    private final Systemkonton konton;
    private final String namn;
    private final String losenord;
    private final String fulltNamn;
    private final String epost;

    ForstaAdministrator(Systemkonton konton,
            @Value("${uppdrag.admin.anvandare:}") String namn, @Value("${uppdrag.admin.losenord:}") String losenord,
            @Value("${uppdrag.admin.namn:Administrat\u00f6r}") String fulltNamn, @Value("${uppdrag.admin.epost:}") String epost) {
        this.konton = konton;
        this.namn = namn;
        this.losenord = losenord;
        this.fulltNamn = fulltNamn;
        this.epost = epost;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (namn.isBlank() || losenord.isBlank()) {
            return;
        }
        try {
            Losenordsregler.kontrollera(losenord, namn, epost);
        } catch (Regelbrott fel) {
            log.error("Den första administratören {} skapas inte: UPPDRAG_ADMIN_LOSENORD följer inte lösenordsreglerna: {}",
                    namn, fel.getMessage());
            return;
        }
        if (konton.skapaForstaAdministratorn(namn, losenord, fulltNamn, epost.isBlank() ? null : EmailAddress.of(epost))) {
            log.info("Den första administratören {} är skapad", namn);
        }
    }
}
