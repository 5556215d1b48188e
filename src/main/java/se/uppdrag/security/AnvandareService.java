package se.uppdrag.security;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.uppdrag.drift.Inlamningar;
import se.uppdrag.personer.PersonId;
import se.uppdrag.personer.PersonService;
import se.uppdrag.security.internal.AnvandareEntity;
import se.uppdrag.security.internal.AnvandareRepository;
import se.uppdrag.security.internal.Losenordslankar;
import se.uppdrag.text.OtillatetLageException;

/**
 * Administers logins: creates them (without a password: the person gets a one-time link by mail), changes roles,
 * disables and enables them and sends reset links. Only administrators may; each change goes to the security log.
 * An administrator never sets or sees a password.
 */
@Service
@Transactional
@PreAuthorize("hasRole('ADMINISTRATOR')")
public class AnvandareService {

    private static final SecureRandom SLUMP = new SecureRandom();
    private final AnvandareRepository repository;
    private final PasswordEncoder passwordEncoder;
    private final PersonService personer;
    private final Losenordsutskick utskick;
    private final Losenordslankar lankar;
    private final Sjalvutlasning skydd;
    private final Sakerhetslogg logg;
    private final Environment miljo;

    private final Inlamningar inlamningar;

    AnvandareService(AnvandareRepository repository, PasswordEncoder passwordEncoder, PersonService personer,
            Losenordsutskick utskick, Losenordslankar lankar, Sjalvutlasning skydd, Sakerhetslogg logg, Environment miljo,
            Inlamningar inlamningar) {
        this.inlamningar = inlamningar;
        this.repository = repository;
        this.passwordEncoder = passwordEncoder;
        this.personer = personer;
        this.utskick = utskick;
        this.lankar = lankar;
        this.skydd = skydd;
        this.logg = logg;
        this.miljo = miljo;
    }

    /** A login with a password that passed the rules already (the first administrator, test casts). */
    public void skapa(NyAnvandare ny) {
        var epost = personer.hamta(ny.personId()).epost();
        Losenordsregler.kontrollera(ny.losenord(), ny.anvandarnamn(), epost == null ? null : epost.value());
        spara(ny.anvandarnamn(), passwordEncoder.encode(ny.losenord()), ny.personId(), ny.roller());
    }

    /**
     * Development profile only: the demo data's logins with the short, well-known demo password, past the password
     * rules. Refused in any other profile, so a production installation can never get such a login.
     */
    public void skapaDemoinloggningEndastForUtveckling(String anvandarnamn, String demolosenord, PersonId personId,
            Set<String> roller) {
        if (!miljo.acceptsProfiles(Profiles.of("dev"))) {
            throw new OtillatetLageException("sakerhet.fel.demo-bara-dev");
        }
        spara(Anvandarnamn.kontrollera(anvandarnamn), passwordEncoder.encode(demolosenord), personId, roller);
    }

    /** A login without a password; the person gets a link, valid 48 hours by default, to set one. */
    public Inloggning skapa(NyInloggning ny) {
        return skapa(ny, null);
    }

    /** The same, sent from a form with its key: sent again, it is applied once ({@link Inlamningar}). */
    public Inloggning skapa(NyInloggning ny, @Nullable UUID nyckel) {
        return inlamningar.enGang(nyckel, "inloggning.skapa", () -> {
            var person = personer.hamta(ny.personId());
            if (person.epost() == null) {
                throw new Regelbrott("inloggning.fel.saknar-epost", person.namn());
            }
            if (repository.existsByPersonId(ny.personId().value())) {
                throw new Regelbrott("inloggning.fel.har-inloggning", person.namn());
            }
            var anvandare = spara(ny.anvandarnamn(), oanvandbartLosenord(), ny.personId(), ny.roller());
            utskick.skicka(anvandare, person, LosenordslankSkapad.Syfte.NY_INLOGGNING);
            logg.logga(Sakerhetshandelse.Typ.ADMINISTRATION, "Inloggningen " + ny.anvandarnamn() + " skapades för "
                    + person.namn() + " med rollerna " + ny.roller() + "; länk för att sätta lösenord skickad");
            return Inloggningar.av(anvandare, person);
        }, inloggning -> String.valueOf(inloggning.id()), id -> hamta(Long.parseLong(id)));
    }

    /** Changing roles, deactivating and activating need no key: sent twice, the second writes the same state again. */
    public void andraRoller(long id, Set<String> valda) {
        var anvandare = hamtaEntity(id);
        var roller = Roller.medAnvandare(valda);
        if (anvandare.roller().contains(Roller.ADMINISTRATOR) && !roller.contains(Roller.ADMINISTRATOR)) {
            skydd.fortsattAdministrator(anvandare);
        }
        var fore = anvandare.roller();
        anvandare.roller(roller);
        logg.logga(Sakerhetshandelse.Typ.ADMINISTRATION, "Rollerna för " + anvandare.username() + " ändrades från "
                + fore + " till " + roller + " (gäller från nästa inloggning)");
    }

    public void inaktivera(long id) {
        var anvandare = hamtaEntity(id);
        skydd.fortsattAktiv(anvandare);
        anvandare.enabled(false);
        lankar.upphav(anvandare.id());
        logg.logga(Sakerhetshandelse.Typ.ADMINISTRATION, "Inloggningen " + anvandare.username() + " inaktiverades");
    }

    public void aktivera(long id) {
        var anvandare = hamtaEntity(id);
        anvandare.enabled(true);
        logg.logga(Sakerhetshandelse.Typ.ADMINISTRATION, "Inloggningen " + anvandare.username() + " aktiverades");
    }

    /** A reset link, valid 1 hour by default; the old password works until the person sets a new one. */
    public void skickaAterstallningslank(long id) {
        var anvandare = hamtaEntity(id);
        if (!anvandare.enabled()) {
            throw new Regelbrott("inloggning.fel.inaktiv");
        }
        utskick.skicka(anvandare, personer.hamta(new PersonId(anvandare.personId())), LosenordslankSkapad.Syfte.ATERSTALLNING);
        logg.logga(Sakerhetshandelse.Typ.ADMINISTRATION, "Återställningslänk skickad till " + anvandare.username());
    }

    /** Logins whose username or person's name contains the text, by username. */
    @Transactional(readOnly = true)
    public List<Inloggning> lista(String sok, Pageable pageable) {
        var text = sok.strip().toLowerCase(Locale.ROOT);
        var monster = "%" + text.replace("\\", "").replace("%", "").replace("_", "") + "%";
        var personIds = new ArrayList<Long>(List.of(-1L));
        if (!text.isEmpty()) {
            personer.idnMedNamn(text).forEach(p -> personIds.add(p.value()));
        }
        var sida = repository.sok(monster, personIds, PageRequest.of(pageable.getPageNumber(), pageable.getPageSize()));
        var folk = personer.hamta(sida.stream().map(a -> new PersonId(a.personId())).toList());
        return sida.stream().map(a -> Inloggningar.av(a, folk.get(new PersonId(a.personId())))).toList();
    }

    @Transactional(readOnly = true)
    public Inloggning hamta(long id) {
        var anvandare = hamtaEntity(id);
        return Inloggningar.av(anvandare, personer.hamta(new PersonId(anvandare.personId())));
    }

    @Transactional(readOnly = true)
    public boolean finns(String anvandarnamn) {
        return repository.existsByUsername(anvandarnamn);
    }

    @Transactional(readOnly = true)
    public long antal() {
        return repository.count();
    }

    private AnvandareEntity spara(String anvandarnamn, String hash, PersonId personId, Set<String> roller) {
        if (repository.existsByUsername(anvandarnamn)) {
            throw new Regelbrott("inloggning.fel.upptaget", anvandarnamn);
        }
        return repository.save(new AnvandareEntity(anvandarnamn, hash, personId.value(), roller));
    }

    private AnvandareEntity hamtaEntity(long id) {
        return repository.findById(id).orElseThrow(() -> new Regelbrott("inloggning.fel.finns-inte"));
    }

    /** Until the person sets one from the link: the hash of 256 random bits nobody knows. */
    private String oanvandbartLosenord() {
        var bytes = new byte[32];
        SLUMP.nextBytes(bytes);
        return passwordEncoder.encode(HexFormat.of().formatHex(bytes).substring(0, 64));
    }
}
