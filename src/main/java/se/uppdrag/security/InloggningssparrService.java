package se.uppdrag.security;

import java.time.Clock;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.uppdrag.security.internal.InloggningsforsokRepository;

/** The locks that sign-in throttling has set, and lifting one. Only administrators may. */
@Service
@Transactional
@PreAuthorize("hasRole('ADMINISTRATOR')")
public class InloggningssparrService {

    private final InloggningsforsokRepository forsok;
    private final Sakerhetslogg logg;
    private final Clock klocka;
    private final CurrentUser currentUser;

    InloggningssparrService(InloggningsforsokRepository forsok, Sakerhetslogg logg, Clock klocka, CurrentUser currentUser) {
        this.forsok = forsok;
        this.logg = logg;
        this.klocka = klocka;
        this.currentUser = currentUser;
    }

    @Transactional(readOnly = true)
    public List<Inloggningssparr> aktiva() {
        return forsok.findByLastTillAfterOrderByLastTillDesc(klocka.instant()).stream().map(rad -> {
            var konto = rad.nyckel().startsWith(Inloggningsskydd.KONTO);
            var namn = rad.nyckel().substring((konto ? Inloggningsskydd.KONTO : Inloggningsskydd.ADRESS).length());
            return new Inloggningssparr(rad.nyckel(), konto, namn, rad.misslyckade(), rad.lastTill());
        }).toList();
    }

    /** Lifts the lock (and the count) at once; the administrator's act is an audit event. */
    public void lasUpp(Inloggningssparr sparr) {
        forsok.deleteById(sparr.nyckel());
        logg.loggaFor(Sakerhetshandelse.Typ.KONTO_UPPLAST, sparr.konto() ? sparr.namn() : null,
                (sparr.konto() ? "Kontot" : "Adressen " + sparr.namn()) + " låstes upp av administratören "
                        + currentUser.require().anvandarnamn());
    }
}
