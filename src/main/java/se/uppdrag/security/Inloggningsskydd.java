package se.uppdrag.security;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.uppdrag.security.internal.InloggningsforsokEntity;
import se.uppdrag.security.internal.InloggningsforsokRepository;

/**
 * Counts failed logins per account name and per client address in the database (shared by every node) and says when
 * the next attempt may come: a growing delay, then a temporary lock (see {@link Inloggningsregler}). Runs before anyone
 * is authenticated, so it is a component of the sign-in and not a method-secured service; administrators lift locks
 * through {@link InloggningssparrService}.
 */
@Component
@Transactional
class Inloggningsskydd {

    static final String KONTO = "konto:";
    static final String ADRESS = "adress:";

    private final InloggningsforsokRepository forsok;
    private final Inloggningsregler regler;
    private final Sakerhetslogg logg;
    private final Clock klocka;

    Inloggningsskydd(InloggningsforsokRepository forsok, Inloggningsregler regler, Sakerhetslogg logg, Clock klocka) {
        this.forsok = forsok;
        this.regler = regler;
        this.logg = logg;
        this.klocka = klocka;
    }

    /** Until when an attempt with this name from this address is refused without checking the password, if it is. */
    @Transactional(readOnly = true)
    public Optional<Instant> sparradTill(String anvandarnamn, @Nullable String adress) {
        var nu = nu();
        return Stream.of(sparradTill(kontonyckel(anvandarnamn), regler.fordrojningEfter(), nu),
                        adress == null ? Optional.<Instant>empty() : sparradTill(ADRESS + adress, regler.adressFordrojningEfter(), nu))
                .flatMap(Optional::stream).max(Instant::compareTo);
    }

    private Optional<Instant> sparradTill(String nyckel, int fordrojningEfter, Instant nu) {
        return forsok.findById(nyckel).filter(rad -> !forbi(rad, nu)).flatMap(rad -> {
            var till = rad.lastTill() != null ? rad.lastTill()
                    : rad.senasteMisslyckade().plus(regler.fordrojning(rad.misslyckade(), fordrojningEfter));
            return till.isAfter(nu) ? Optional.of(till) : Optional.empty();
        });
    }

    /** A password was wrong (or the name unknown): one more failure for the name and for the address. */
    public void misslyckades(String anvandarnamn, @Nullable String adress) {
        rakna(kontonyckel(anvandarnamn), regler.lasEfter(), anvandarnamn, "Kontot");
        if (adress != null) {
            rakna(ADRESS + adress, regler.adressLasEfter(), null, "Adressen " + adress);
        }
    }

    /** A successful login starts the name's count afresh (the address keeps its count). */
    public void lyckades(String anvandarnamn) {
        forsok.deleteById(kontonyckel(anvandarnamn));
    }

    private void rakna(String nyckel, int lasEfter, @Nullable String anvandarnamn, String vad) {
        var nu = nu();
        var rad = forsok.forUppdatering(nyckel).orElseGet(() -> new InloggningsforsokEntity(nyckel));
        if (forbi(rad, nu)) {
            rad.nollstall();
        }
        rad.misslyckades(nu);
        if (rad.misslyckade() >= lasEfter && rad.lastTill() == null) {
            var till = nu.plus(regler.lasTid());
            rad.las(till);
            logg.loggaFor(Sakerhetshandelse.Typ.KONTO_LAST, anvandarnamn, vad + " spärrades i " + regler.lasTid().toMinutes()
                    + " minuter efter " + rad.misslyckade() + " misslyckade inloggningar");
        }
        forsok.save(rad);
    }

    /** The lock has run out, or the counting window has passed without a lock. */
    private boolean forbi(InloggningsforsokEntity rad, Instant nu) {
        return rad.lastTill() != null ? !rad.lastTill().isAfter(nu)
                : rad.forstaMisslyckade().plus(regler.fonster()).isBefore(nu)
                        && rad.senasteMisslyckade().plus(regler.maxFordrojning()).isBefore(nu);
    }

    /** Now, to the millisecond: what the database stores (it rounds finer times, which could put a failure in the future). */
    private Instant nu() {
        return klocka.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    static String kontonyckel(String anvandarnamn) {
        var namn = anvandarnamn.strip().toLowerCase(Locale.ROOT);
        return KONTO + (namn.length() > 300 ? namn.substring(0, 300) : namn);
    }
}
