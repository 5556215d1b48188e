package se.uppdrag.personer.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import se.uppdrag.IntegrationTest;
import se.uppdrag.TestFolk;
import se.uppdrag.personer.KatalogService;
import se.uppdrag.personer.OrganisationService;

/** Browserless tests of the directory's views, in Swedish, as the administrator of a fresh cast. */
@IntegrationTest
@ViewPackages(packages = "se.uppdrag")
abstract class KatalogViewTestBase extends SpringBrowserlessTest {

    @Autowired
    ApplicationContext beans;
    @Autowired
    KatalogService katalog;
    @Autowired
    OrganisationService organisation;

    TestFolk folk;
    final String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();

    @BeforeEach
    void somAdministratorPaSvenska() {
        folk = TestFolk.nytt(beans);
        folk.loggaIn(TestFolk.ADMINISTRATOR);
        UI.getCurrent().setLocale(Locale.of("sv", "SE"));
    }

    @AfterEach
    void ut() {
        TestFolk.loggaUt();
    }
}
