package se.uppdrag.uppdrag.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import java.util.Locale;
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
import se.uppdrag.uppdrag.UppdragRef;
import se.uppdrag.uppdrag.UppdragService;
import se.uppdrag.uppdrag.Uppdragshandling;

/** Browserless view tests on the real services and database, in Swedish. */
@IntegrationTest
@ViewPackages(packages = "se.uppdrag")
abstract class ViewTestBase extends SpringBrowserlessTest {

    @Autowired
    UppdragService uppdrag;
    @Autowired
    PersonService personer;
    @Autowired
    AnvandareService anvandare;
    @Autowired
    SystemInloggning inloggning;
    @Autowired
    UserDetailsService userDetails;

    TestFolk folk;

    @BeforeEach
    void nyttFolkPaSvenska() {
        folk = new TestFolk(personer, anvandare, inloggning, userDetails);
        UI.getCurrent().setLocale(Locale.of("sv", "SE"));
    }

    @AfterEach
    void loggaUt() {
        TestFolk.loggaUt();
    }

    Uppdragshandling sparaFullstandigt() {
        folk.loggaIn(TestFolk.AGARE);
        var lankat = uppdrag.skapa(Handlingar.enkel(uppdrag.nyttUtkast(), "Förstudie " + folk.anvandarnamn("x")));
        return uppdrag.skapa(Handlingar.fullstandig(uppdrag.nyttUtkast(), folk, new UppdragRef(lankat.id(), lankat.titel(), null)));
    }
}
