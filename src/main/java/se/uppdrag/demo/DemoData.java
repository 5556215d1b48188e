package se.uppdrag.demo;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import se.uppdrag.personer.EmailAddress;
import se.uppdrag.personer.NyPerson;
import se.uppdrag.personer.Person;
import se.uppdrag.personer.PersonService;
import se.uppdrag.security.AnvandareService;
import se.uppdrag.security.Roller;
import se.uppdrag.security.SystemInloggning;

/**
 * Seeds fictional people, logins for every role and a handful of uppdrag in different states, once, on an
 * empty database. Development profile only: production never gets demo users.
 */
@Component
@Profile("dev")
class DemoData implements ApplicationRunner {

    /** Development only: breaks the password rules on purpose (short, well known); see skapaDemoinloggningEndastForUtveckling. */
    static final String LOSENORD = "demo1234";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final PersonService personer;
    private final AnvandareService anvandare;
    private final SystemInloggning inloggning;
    private final DemoUppdrag uppdrag;

    DemoData(PersonService personer, AnvandareService anvandare, SystemInloggning inloggning, DemoUppdrag uppdrag) {
        this.personer = personer;
        this.anvandare = anvandare;
        this.inloggning = inloggning;
        this.uppdrag = uppdrag;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (inloggning.somSystem(anvandare::antal) > 0) {
            return;
        }
        var folk = inloggning.somSystem(this::skapaPersonerOchInloggningar);
        uppdrag.skapa(folk);
        log.info("Demodata skapad: logga in som maria, ahmed, karin, olof, britt, anders eller oskar med lösenordet {}", LOSENORD);
    }

    private Map<String, Person> skapaPersonerOchInloggningar() {
        var folk = new LinkedHashMap<String, Person>();
        folk.put("karin", person("Karin Ek", "regiondirektör", "Koncernkontoret"));
        folk.put("olof", person("Olof Lind", "hälso- och sjukvårdsdirektör", "Koncernkontoret"));
        folk.put("maria", person("Maria Berg", "utvecklingsstrateg", "Koncernkontoret"));
        folk.put("ahmed", person("Ahmed Nur", "programchef", "Koncernkontoret"));
        folk.put("lena", person("Lena Holm", "sjukhusdirektör Norra sjukhuset", "Norra sjukhuset"));
        folk.put("per", person("Per Sund", "förvaltningschef Primärvården", "Primärvården"));
        folk.put("eva", person("Eva Ström", "utvecklingschef digitalisering", "Koncernkontoret"));
        folk.put("johan", person("Johan Lilja", "strateg vårdens processer", "Koncernkontoret"));
        folk.put("sara", person("Sara Vik", "controller", "Koncernkontoret"));
        folk.put("nils", person("Nils Åberg", "HR-strateg", "Koncernkontoret"));
        folk.put("tove", person("Tove Almgren", "kommunikationschef", "Koncernkontoret"));
        folk.put("rune", person("Rune Dahl", "kanslichef", "Koncernkontoret"));
        folk.put("ida", person("Ida Fors", "samordnare", "Förvaltningarnas samverkansgrupp"));
        folk.put("britt", person("Britt Lund", "registrator", "Kansliet"));
        folk.put("anders", person("Anders Holt", "systemförvaltare", "Regionservice IT"));
        folk.put("oskar", person("Oskar Ny", "handläggare", "Regionservice"));
        inloggning("maria", folk, Roller.ANVANDARE, Roller.HANDLAGGARE);
        inloggning("ahmed", folk, Roller.ANVANDARE);
        inloggning("karin", folk, Roller.ANVANDARE, Roller.HANDLAGGARE);
        inloggning("olof", folk, Roller.ANVANDARE);
        inloggning("britt", folk, Roller.ANVANDARE, Roller.REGISTRATOR);
        inloggning("anders", folk, Roller.ANVANDARE, Roller.HANDLAGGARE, Roller.ADMINISTRATOR);
        inloggning("oskar", folk, Roller.ANVANDARE, Roller.HANDLAGGARE);
        return folk;
    }

    private Person person(String namn, String titel, String enhet) {
        var epost = namn.toLowerCase().replace(' ', '.').replace('å', 'a').replace('ä', 'a').replace('ö', 'o')
                + "@regionexempel.se";
        return personer.skapa(new NyPerson(namn, titel, enhet, EmailAddress.of(epost)));
    }

    private void inloggning(String namn, Map<String, Person> folk, String... roller) {
        // demo only: "demo1234" breaks the password rules on purpose, so it goes through the dev-profile-only path
        anvandare.skapaDemoinloggningEndastForUtveckling(namn, LOSENORD, folk.get(namn).id(), Set.of(roller));
    }
}
