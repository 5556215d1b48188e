package se.uppdrag.personer;

import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import se.uppdrag.IntegrationTest;
import se.uppdrag.JusterbarKlocka;
import se.uppdrag.TestFolk;

/** Directory tests on the real database, as the administrator of a fresh cast; codes and names are unique per test. */
@IntegrationTest
abstract class KatalogTestBase {

    @Autowired
    ApplicationContext beans;
    @Autowired
    OrganisationService organisation;
    @Autowired
    KatalogService katalog;
    @Autowired
    PersonService personer;
    @Autowired
    JusterbarKlocka klocka;

    TestFolk folk;
    final String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();

    @BeforeEach
    void somAdministrator() {
        folk = TestFolk.nytt(beans);
        folk.loggaIn(TestFolk.ADMINISTRATOR);
    }

    @AfterEach
    void ut() {
        klocka.aterstall();
        TestFolk.loggaUt();
    }

    /** The region at the root of the tree: the one there is, or a new one on an empty database. */
    Enhet region() {
        return organisation.alla().stream().filter(e -> e.typ() == Enhetstyp.REGION).findFirst()
                .orElseGet(() -> organisation.skapa(new NyEnhet("Region Test", new Enhetskod("R-" + suffix), Enhetstyp.REGION, null)));
    }

    Enhet enhet(String namn, String kod, Enhetstyp typ, Enhet overordnad) {
        return organisation.skapa(new NyEnhet(namn + " " + suffix, new Enhetskod(kod + "-" + suffix), typ, overordnad.id()));
    }

    Person person(String namn, Enhet enhet) {
        return katalog.skapa(new Personuppgifter(namn + " " + suffix, "handläggare", enhet.id(),
                EmailAddress.of(namn.toLowerCase().replace(' ', '.') + "." + suffix.toLowerCase() + "@regionexempel.se"),
                "E" + suffix + namn.hashCode(), null, null));
    }
}
