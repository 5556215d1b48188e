package se.uppdrag.uppdrag.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import se.uppdrag.Handlingar;
import se.uppdrag.IntegrationTest;
import se.uppdrag.TestFolk;
import se.uppdrag.uppdrag.UppdragService;
import se.uppdrag.uppdrag.Uppdragshandling;

/** Browserless view tests on the real services and database, in Swedish. */
@IntegrationTest
@ViewPackages(packages = "se.uppdrag")
public abstract class ViewTestBase extends SpringBrowserlessTest {

    @Autowired
    protected UppdragService uppdrag;
    @Autowired
    protected org.springframework.context.ApplicationContext beans;

    protected TestFolk folk;

    @BeforeEach
    void nyttFolkPaSvenska() {
        folk = TestFolk.nytt(beans);
        UI.getCurrent().setLocale(Locale.of("sv", "SE"));
    }

    @AfterEach
    void loggaUt() {
        TestFolk.loggaUt();
    }

    protected Uppdragshandling sparaFullstandigt() {
        return Handlingar.sparaFullstandigt(uppdrag, folk);
    }
}
