package se.uppdrag.start;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import se.uppdrag.security.Systemkonton;

@ExtendWith(OutputCaptureExtension.class)
class ForstaAdministratorTest {

    private final Systemkonton konton = mock(Systemkonton.class);

    ForstaAdministratorTest() {
        when(konton.skapaForstaAdministratorn(any(), any(), any(), any())).thenReturn(true);
    }

    private void starta(String losenord) {
        new ForstaAdministrator(konton, "admin", losenord, "Administratör", "")
                .run(new DefaultApplicationArguments());
    }

    @Test
    void a_password_that_breaks_the_rules_creates_no_administrator_and_says_which_rule_in_one_line(CapturedOutput utdata) {
        starta("demo1234");
        verify(konton, never()).skapaForstaAdministratorn(any(), any(), any(), any());
        assertThat(utdata.getOut()).contains("Den första administratören admin skapas inte: UPPDRAG_ADMIN_LOSENORD följer inte "
                + "lösenordsreglerna: Lösenordet måste ha minst 12 tecken").doesNotContain("Exception");
    }

    @Test
    void a_breached_password_is_refused_too(CapturedOutput utdata) {
        starta("qwerty123456");
        verify(konton, never()).skapaForstaAdministratorn(any(), any(), any(), any());
        assertThat(utdata.getOut()).contains("Lösenordet finns bland vanliga lösenord som har läckt");
    }

    @Test
    void a_password_that_follows_the_rules_creates_the_administrator() {
        starta("byt-detta-losenord");
        verify(konton).skapaForstaAdministratorn("admin", "byt-detta-losenord", "Administratör", null);
    }
}
