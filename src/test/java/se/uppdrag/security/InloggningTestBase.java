package se.uppdrag.security;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import se.uppdrag.JusterbarKlocka;
import se.uppdrag.Postlada;
import se.uppdrag.TestFolk;
import se.uppdrag.notification.PostSandare;
import se.uppdrag.personer.EmailAddress;
import se.uppdrag.personer.NyPerson;
import se.uppdrag.personer.Person;
import se.uppdrag.personer.PersonService;

/** Logins made by an administrator of a fresh cast, the mail that reaches GreenMail, and signing in for real. */
abstract class InloggningTestBase {

    private static final Pattern LANK = Pattern.compile("/losenord/([A-Za-z0-9_-]+)");

    @RegisterExtension
    static GreenMailExtension smtp = Postlada.smtp();

    @Autowired
    ApplicationContext beans;
    @Autowired
    AnvandareService anvandare;
    @Autowired
    LosenordslankService lankar;
    @Autowired
    KontoService konto;
    @Autowired
    PersonService personer;
    @Autowired
    SystemInloggning system;
    @Autowired
    PostSandare sandare;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    JusterbarKlocka klocka;

    TestFolk folk;
    final String suffix = UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void administratorLoggarIn() {
        folk = TestFolk.nytt(beans);
        folk.loggaIn(TestFolk.ADMINISTRATOR);
    }

    @AfterEach
    void utOchKlockanTillbaka() {
        TestFolk.loggaUt();
        klocka.aterstall();
    }

    Person person(String fornamn) {
        return se.uppdrag.SomAdministrator.gor(() -> personer.skapa(new NyPerson(fornamn + " Test " + suffix, "handläggare", "Koncernkontoret",
                EmailAddress.of(fornamn.toLowerCase() + "." + suffix + "@regionexempel.se"))));
    }

    Inloggning nyInloggning(String fornamn, String... roller) {
        var person = person(fornamn);
        return anvandare.skapa(new NyInloggning(person.id(), fornamn.toLowerCase() + "-" + suffix, Set.of(roller)));
    }

    /** Sends the outbox and reads the newest link that reached the address. */
    String lankTill(EmailAddress epost) {
        while (sandare.skickaVantande() > 0) {
            // all that is due, so this test's mail is among it
        }
        var mail = Postlada.till(smtp, epost.value());
        if (mail.isEmpty()) {
            throw new AssertionError("Inget brev till " + epost);
        }
        var matchning = LANK.matcher(Postlada.innehall(mail.getLast()));
        if (!matchning.find()) {
            throw new AssertionError("Ingen länk i brevet till " + epost);
        }
        return matchning.group(1);
    }

    Authentication loggaIn(String anvandarnamn, String losenord) {
        var provider = new DaoAuthenticationProvider(userDetails);
        provider.setPasswordEncoder(encoder);
        return provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(anvandarnamn, losenord));
    }
}
