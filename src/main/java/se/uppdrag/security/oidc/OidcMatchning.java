package se.uppdrag.security.oidc;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.uppdrag.personer.EmailAddress;
import se.uppdrag.personer.NyPerson;
import se.uppdrag.personer.Person;
import se.uppdrag.personer.Personinskrivning;
import se.uppdrag.personer.Personkatalog;
import se.uppdrag.security.Inloggad;
import se.uppdrag.security.Roller;
import se.uppdrag.security.Sakerhetshandelse.Typ;
import se.uppdrag.security.Sakerhetslogg;
import se.uppdrag.security.internal.KontonForPerson;
import se.uppdrag.security.internal.KontonForPerson.Konto;

/**
 * Matches a user the provider signed in to a person in the directory and that person's login, and gives the roles.
 * An unknown user is refused (nothing is created) unless just-in-time creation is on; then the person and the login
 * are made in this one transaction. Every sign-in and refusal is written to the security log with the claim's value.
 */
@Component
@Transactional
class OidcMatchning {

    private final OidcEgenskaper egenskaper;
    private final Personkatalog personer;
    private final KontonForPerson konton;
    private final Personinskrivning inskrivning;
    private final Sakerhetslogg logg;
    private final java.time.Clock klocka;

    OidcMatchning(OidcEgenskaper egenskaper, Personkatalog personer, KontonForPerson konton,
            Personinskrivning inskrivning, Sakerhetslogg logg, java.time.Clock klocka) {
        this.egenskaper = egenskaper;
        this.personer = personer;
        this.konton = konton;
        this.inskrivning = inskrivning;
        this.logg = logg;
        this.klocka = klocka;
    }

    public Inloggad matcha(Map<String, Object> claims) {
        var claim = egenskaper.identifiering().claim();
        var varde = Claims.text(claims, claim)
                .orElseThrow(() -> nekad(OidcNekad.Skal.OKAND, null, "saknar claim " + claim));
        var beskrivning = claim + "=" + varde;
        var person = hittaPerson(varde).or(() -> skapaPerson(claims, beskrivning))
                .orElseThrow(() -> nekad(OidcNekad.Skal.OKAND, varde, "okänd person (" + beskrivning + ")"));
        var konto = konton.forPerson(person.id()).or(() -> skapaKonto(person, claims, beskrivning))
                .orElseThrow(() -> nekad(OidcNekad.Skal.OKAND, varde, "personen saknar inloggning (" + beskrivning + ")"));
        if (!person.arAktiv(java.time.LocalDate.now(klocka))) {
            throw nekad(OidcNekad.Skal.AVSTANGD, konto.anvandarnamn(), "personen är inaktiverad i katalogen (" + beskrivning + ")");
        }
        if (!konto.aktivt()) {
            throw nekad(OidcNekad.Skal.AVSTANGD, konto.anvandarnamn(), "inloggningen är avstängd (" + beskrivning + ")");
        }
        var roller = roller(claims).orElse(konto.roller());
        konton.bytRoller(konto.anvandarnamn(), roller);
        logg.loggaFor(Typ.INLOGGNING, konto.anvandarnamn(), "OpenID Connect (" + beskrivning + ")");
        return new Inloggad(konto.anvandarnamn(), person.id(), person.namn(), roller);
    }

    private Optional<Person> hittaPerson(String varde) {
        return switch (egenskaper.identifiering().falt()) {
            case ANSTALLNINGS_ID -> personer.medAnstallningsId(varde);
            case EPOST -> epost(varde).flatMap(personer::medEpost);
        };
    }

    /** The provider's roles: everyone matched is ANVANDARE, the rest by the claim's values; empty when not mapped. */
    private Optional<Set<String>> roller(Map<String, Object> claims) {
        var mappning = egenskaper.roller();
        if (!mappning.aktiv()) {
            return Optional.empty();
        }
        var varden = Set.copyOf(Claims.varden(claims, mappning.claim()));
        var roller = new HashSet<>(Set.of(Roller.ANVANDARE));
        lagg(roller, Roller.HANDLAGGARE, mappning.handlaggare(), varden);
        lagg(roller, Roller.REGISTRATOR, mappning.registrator(), varden);
        lagg(roller, Roller.ADMINISTRATOR, mappning.administrator(), varden);
        return Optional.of(Set.copyOf(roller));
    }

    private static void lagg(Set<String> roller, String roll, List<String> ger, Set<String> varden) {
        if (ger.stream().anyMatch(varden::contains)) {
            roller.add(roll);
        }
    }

    private Optional<Person> skapaPerson(Map<String, Object> claims, String beskrivning) {
        if (!egenskaper.skapaOkanda()) {
            return Optional.empty();
        }
        var namn = namn(claims);
        var epost = Claims.text(claims, "email").flatMap(OidcMatchning::epost);
        if (namn.isEmpty() || epost.isEmpty()) {
            return Optional.empty();
        }
        var person = inskrivning.skrivIn(new NyPerson(namn.get(), null, null, epost.get()));
        logg.loggaFor(Typ.ADMINISTRATION, "systemet",
                "Personen " + person.namn() + " lades in i katalogen vid första inloggningen (" + beskrivning + ")");
        return Optional.of(person);
    }

    private Optional<Konto> skapaKonto(Person person, Map<String, Object> claims, String beskrivning) {
        if (!egenskaper.skapaOkanda() || person.epost() == null) {
            return Optional.empty();
        }
        var konto = konton.skapa(person.id(), person.epost().value(), roller(claims).orElse(Set.of(Roller.ANVANDARE)));
        logg.loggaFor(Typ.ADMINISTRATION, "systemet", "Inloggningen " + konto.anvandarnamn() + " för "
                + person.namn() + " skapades vid första inloggningen (" + beskrivning + ")");
        return Optional.of(konto);
    }

    private static Optional<String> namn(Map<String, Object> claims) {
        return Claims.text(claims, "name").or(() -> Claims.text(claims, "given_name")
                .map(fornamn -> (fornamn + " " + Claims.text(claims, "family_name").orElse("")).strip()));
    }

    private static Optional<EmailAddress> epost(String text) {
        try {
            return Optional.of(new EmailAddress(text));
        } catch (IllegalArgumentException ogiltig) {
            return Optional.empty();
        }
    }

    private OidcNekad nekad(OidcNekad.Skal skal, @org.jspecify.annotations.Nullable String anvandare, String varfor) {
        logg.loggaFor(Typ.MISSLYCKAD_INLOGGNING, anvandare, "OpenID Connect: " + varfor);
        return new OidcNekad(skal, varfor);
    }
}
