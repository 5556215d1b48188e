package se.uppdrag.security;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import se.uppdrag.personer.KatalogAndrad;

/** Records every administrative change of the directory and the organisation in the audit log, once it is committed. */
@Component
class KatalogLogg {

    private final Sakerhetslogg logg;

    KatalogLogg(Sakerhetslogg logg) {
        this.logg = logg;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void katalogAndrad(KatalogAndrad andring) {
        logg.logga(Sakerhetshandelse.Typ.ADMINISTRATION, andring.beskrivning());
    }
}
