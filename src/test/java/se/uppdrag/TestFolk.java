package se.uppdrag;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import se.uppdrag.delegation.Delegationsordning;
import se.uppdrag.delegation.NyDelegationsregel;
import se.uppdrag.personer.EmailAddress;
import se.uppdrag.personer.Enhet;
import se.uppdrag.personer.Enhetskod;
import se.uppdrag.personer.Enhetstyp;
import se.uppdrag.personer.NyEnhet;
import se.uppdrag.personer.OrganisationService;
import se.uppdrag.personer.NyPerson;
import se.uppdrag.personer.Person;
import se.uppdrag.personer.PersonService;
import se.uppdrag.security.AnvandareService;
import se.uppdrag.security.NyAnvandare;
import se.uppdrag.security.Roller;
import se.uppdrag.security.SystemInloggning;

/**
 * A cast of people with logins for one test: names carry a unique suffix so that tests can share a
 * database (MariaDB in CI) without stepping on each other.
 */
public final class TestFolk {

    public static final String AGARE = "agare";
    public static final String GIVARE = "givare";
    public static final String GIVARE2 = "givare2";
    public static final String TAGARE = "tagare";
    public static final String MEDLEM = "medlem";
    public static final String BESLUTSFATTARE = "beslutsfattare";
    public static final String MOTTAGARE = "mottagare";
    public static final String REGISTRATOR = "registrator";
    public static final String UTOMSTAENDE = "utomstaende";
    public static final String ADMINISTRATOR = "administrator";
    /** Every cast member's password (they log in through the login page in the browser tests). */
    public static final String LOSENORD = "hemligt-losenord";
    /** Those of the cast who have authority to decide under the delegationsordning (see {@link #delegation}). */
    public static final List<String> BESLUTAR = List.of(BESLUTSFATTARE, GIVARE, GIVARE2);

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private final Map<String, Person> personer = new HashMap<>();
    private final UserDetailsService userDetails;

    public TestFolk(PersonService personService, AnvandareService anvandare, SystemInloggning inloggning,
            UserDetailsService userDetails, OrganisationService organisation, Delegationsordning delegationsordning) {
        this.userDetails = userDetails;
        se.uppdrag.SomAdministrator.gor(() -> {
            skapa(personService, anvandare, AGARE, "Åsa Ägare", "handläggare", Roller.ANVANDARE, Roller.HANDLAGGARE);
            skapa(personService, anvandare, GIVARE, "Göran Givare", "regiondirektör", Roller.ANVANDARE);
            skapa(personService, anvandare, GIVARE2, "Gun Östlund", "hälso- och sjukvårdsdirektör", Roller.ANVANDARE);
            skapa(personService, anvandare, TAGARE, "Tage Tagare", "projektledare", Roller.ANVANDARE);
            skapa(personService, anvandare, MEDLEM, "Märta Medlem", "controller", Roller.ANVANDARE);
            skapa(personService, anvandare, BESLUTSFATTARE, "Björn Beslut", "ordförande", Roller.ANVANDARE);
            skapa(personService, anvandare, MOTTAGARE, "Maj Mottagare", "kanslichef", Roller.ANVANDARE);
            skapa(personService, anvandare, REGISTRATOR, "Rut Registrator", "registrator", Roller.ANVANDARE, Roller.REGISTRATOR);
            skapa(personService, anvandare, UTOMSTAENDE, "Ulf Utomstående", "handläggare", Roller.ANVANDARE, Roller.HANDLAGGARE);
            skapa(personService, anvandare, ADMINISTRATOR, "Ada Administratör", "systemförvaltare", Roller.ANVANDARE, Roller.ADMINISTRATOR);
            delegation(organisation, delegationsordning);
            return null;
        });
    }

    private void skapa(PersonService personService, AnvandareService anvandare, String roll, String namn, String titel,
            String... roller) {
        var person = personService.skapa(new NyPerson(namn + " " + suffix, titel, "Koncernkontoret",
                EmailAddress.of(roll + "." + suffix + "@regionexempel.se")));
        anvandare.skapa(new NyAnvandare(anvandarnamn(roll), LOSENORD, person.id(), Set.of(roller)));
        personer.put(roll, person);
    }

    /**
     * The one place that gives the cast its decision authority: those who decide in the tests (the beslutsfattare and
     * both uppdragsgivare) may decide every uppdrag of the region, of any kind and amount, as the shipped product
     * requires of every beslutsfattare. The others have none, so a test of the delegationsordning can use them.
     */
    private void delegation(OrganisationService organisation, Delegationsordning delegationsordning) {
        var region = region(organisation);
        for (var roll : BESLUTAR) {
            delegationsordning.skapa(new NyDelegationsregel(personer.get(roll).id(), region.id(), null, null,
                    LocalDate.of(2000, 1, 1), null));
        }
    }

    /** The region at the root of the organisation, made if the database has none yet (tests share the database). */
    public static Enhet region(OrganisationService organisation) {
        return organisation.alla().stream().filter(e -> e.typ() == Enhetstyp.REGION).findFirst()
                .orElseGet(() -> organisation.skapa(new NyEnhet("Region Test", new Enhetskod("R-" + UUID.randomUUID().toString()
                        .substring(0, 8)), Enhetstyp.REGION, null)));
    }

    /** A new cast, made with the application's own services. */
    public static TestFolk nytt(org.springframework.context.ApplicationContext beans) {
        return new TestFolk(beans.getBean(PersonService.class), beans.getBean(AnvandareService.class),
                beans.getBean(SystemInloggning.class), beans.getBean(UserDetailsService.class),
                beans.getBean(OrganisationService.class), beans.getBean(Delegationsordning.class));
    }

    public Person person(String roll) {
        return personer.get(roll);
    }

    public String anvandarnamn(String roll) {
        return roll + "-" + suffix;
    }

    /** Makes the given person the logged-in user of this thread (services and browserless views see them). */
    public void loggaIn(String roll) {
        var details = userDetails.loadUserByUsername(anvandarnamn(roll));
        var kontext = SecurityContextHolder.createEmptyContext();
        kontext.setAuthentication(new UsernamePasswordAuthenticationToken(details, null, details.getAuthorities()));
        SecurityContextHolder.setContext(kontext);
    }

    public static void loggaUt() {
        SecurityContextHolder.clearContext();
    }
}
