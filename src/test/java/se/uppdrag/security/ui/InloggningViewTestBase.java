package se.uppdrag.security.ui;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.PasswordField;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import se.uppdrag.IntegrationTest;
import se.uppdrag.Postlada;
import se.uppdrag.TestFolk;
import se.uppdrag.notification.PostSandare;
import se.uppdrag.personer.EmailAddress;
import se.uppdrag.personer.NyPerson;
import se.uppdrag.personer.Person;
import se.uppdrag.personer.PersonService;
import se.uppdrag.security.SystemInloggning;

/** Browserless tests of the login views, in Swedish, with a fresh cast and the mail that reaches GreenMail. */
@IntegrationTest
@ViewPackages(packages = "se.uppdrag")
abstract class InloggningViewTestBase extends SpringBrowserlessTest {

    private static final Pattern LANK = Pattern.compile("/losenord/([A-Za-z0-9_-]+)");

    @RegisterExtension
    static GreenMailExtension smtp = Postlada.smtp();

    @Autowired
    ApplicationContext beans;
    @Autowired
    PersonService personer;
    @Autowired
    SystemInloggning system;
    @Autowired
    PostSandare sandare;

    TestFolk folk;
    final String suffix = UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void folkPaSvenska() {
        folk = TestFolk.nytt(beans);
        UI.getCurrent().setLocale(Locale.of("sv", "SE"));
    }

    @AfterEach
    void loggaUt() {
        TestFolk.loggaUt();
    }

    Person person(String fornamn, boolean medEpost) {
        return se.uppdrag.SomAdministrator.gor(() -> personer.skapa(new NyPerson(fornamn + " Vy " + suffix, "handläggare", "Koncernkontoret",
                medEpost ? EmailAddress.of(fornamn.toLowerCase() + "." + suffix + "@regionexempel.se") : null)));
    }

    String lankTill(EmailAddress epost) {
        while (sandare.skickaVantande() > 0) {
            // send all that is due
        }
        var mail = Postlada.till(smtp, epost.value());
        var matchning = LANK.matcher(Postlada.innehall(mail.getLast()));
        if (!matchning.find()) {
            throw new AssertionError("Ingen länk till " + epost);
        }
        return matchning.group(1);
    }

    PasswordField losenordsfalt(String etikett) {
        return $(PasswordField.class).withLabel(etikett).single();
    }
}
