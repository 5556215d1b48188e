package se.uppdrag.uppdrag;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import se.uppdrag.Handlingar;
import se.uppdrag.IntegrationTest;
import se.uppdrag.TestFolk;

/** Integration tests of the uppdrag feature: a fresh cast of people per test and helpers to save uppdrag. */
@IntegrationTest
public abstract class UppdragTestBase {

    @Autowired
    protected UppdragService uppdrag;
    @Autowired
    protected UppdragListaService lista;
    @Autowired
    protected org.springframework.context.ApplicationContext beans;

    protected TestFolk folk;

    @BeforeEach
    void nyttFolk() {
        folk = TestFolk.nytt(beans);
    }

    @AfterEach
    void loggaUt() {
        TestFolk.loggaUt();
    }

    /** Saves a full uppdragshandling as the owner, linked to a smaller one, and returns it. */
    protected Uppdragshandling sparaFullstandigt() {
        return Handlingar.sparaFullstandigt(uppdrag, folk);
    }
}
