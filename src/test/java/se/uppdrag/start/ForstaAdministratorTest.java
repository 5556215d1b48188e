package se.uppdrag.start;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import se.uppdrag.personer.NyPerson;
import se.uppdrag.personer.Person;
import se.uppdrag.personer.PersonId;
import se.uppdrag.personer.PersonService;
import se.uppdrag.security.AnvandareService;
import se.uppdrag.security.NyAnvandare;
import se.uppdrag.security.SystemInloggning;

@ExtendWith(OutputCaptureExtension.class)
class ForstaAdministratorTest {

    private final AnvandareService anvandare = mock(AnvandareService.class);
    private final PersonService personer = mock(PersonService.class);
    private final SystemInloggning system = mock(SystemInloggning.class);

    ForstaAdministratorTest() {
        when(system.somSystem(any())).thenAnswer(anrop -> ((Supplier<?>) anrop.getArgument(0)).get());
        when(anvandare.antal()).thenReturn(0L);
        when(personer.skapa(any(NyPerson.class))).thenReturn(new Person(new PersonId(7), "Administratör", null, null, null));
    }

    private void starta(String losenord) {
        new ForstaAdministrator(anvandare, personer, system, "admin", losenord, "Administratör", "")
                .run(new DefaultApplicationArguments());
    }

    @Test
    void a_password_that_breaks_the_rules_creates_no_administrator_and_says_which_rule_in_one_line(CapturedOutput utdata) {
        starta("demo1234");
        verify(anvandare, never()).skapa(any(NyAnvandare.class));
        verify(personer, never()).skapa(any(NyPerson.class));
        assertThat(utdata.getOut()).contains("Den första administratören admin skapas inte: UPPDRAG_ADMIN_LOSENORD följer inte "
                + "lösenordsreglerna: Lösenordet måste ha minst 12 tecken").doesNotContain("Exception");
    }

    @Test
    void a_breached_password_is_refused_too(CapturedOutput utdata) {
        starta("qwerty123456");
        verify(anvandare, never()).skapa(any(NyAnvandare.class));
        assertThat(utdata.getOut()).contains("Lösenordet finns bland vanliga lösenord som har läckt");
    }

    @Test
    void a_password_that_follows_the_rules_creates_the_administrator() {
        starta("byt-detta-losenord");
        verify(anvandare).skapa(any(NyAnvandare.class));
    }
}
