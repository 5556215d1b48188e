package se.uppdrag.uppdrag;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import se.uppdrag.Handlingar;
import se.uppdrag.IntegrationTest;
import se.uppdrag.TestFolk;
import se.uppdrag.personer.PersonService;
import se.uppdrag.security.AnvandareService;
import se.uppdrag.security.SystemInloggning;

/** Integration tests of the uppdrag feature: a fresh cast of people per test and helpers to save uppdrag. */
@IntegrationTest
abstract class UppdragTestBase {

    @Autowired
    protected UppdragService uppdrag;
    @Autowired
    protected UppdragListaService lista;
    @Autowired
    PersonService personer;
    @Autowired
    AnvandareService anvandare;
    @Autowired
    SystemInloggning inloggning;
    @Autowired
    UserDetailsService userDetails;

    protected TestFolk folk;

    @BeforeEach
    void nyttFolk() {
        folk = new TestFolk(personer, anvandare, inloggning, userDetails);
    }

    @AfterEach
    void loggaUt() {
        TestFolk.loggaUt();
    }

    /** Saves a full uppdragshandling as the owner, linked to a smaller one, and returns it. */
    protected Uppdragshandling sparaFullstandigt() {
        folk.loggaIn(TestFolk.AGARE);
        var lankat = uppdrag.skapa(Handlingar.enkel(uppdrag.nyttUtkast(), "Förstudie om vårdens utveckling"));
        var ref = new UppdragRef(lankat.id(), lankat.titel(), null);
        return uppdrag.skapa(Handlingar.fullstandig(uppdrag.nyttUtkast(), folk, ref));
    }
}
