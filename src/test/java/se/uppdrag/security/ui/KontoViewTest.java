package se.uppdrag.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import se.uppdrag.TestFolk;

class KontoViewTest extends InloggningViewTestBase {

    @Autowired
    UserDetailsService userDetails;
    @Autowired
    PasswordEncoder encoder;

    private void fyll(String nuvarande, String nytt, String upprepa) {
        losenordsfalt("Nuvarande lösenord").setValue(nuvarande);
        losenordsfalt("Nytt lösenord").setValue(nytt);
        losenordsfalt("Upprepa det nya lösenordet").setValue(upprepa);
        test($(Button.class).withText("Byt lösenord").single()).click();
    }

    @Test
    void a_wrong_current_password_is_refused_at_that_field() {
        folk.loggaIn(TestFolk.MEDLEM);
        navigate(KontoView.class);
        fyll("inte mitt lösenord", "en helt ny fras i vinter", "en helt ny fras i vinter");
        assertThat(losenordsfalt("Nuvarande lösenord").isInvalid()).isTrue();
        assertThat(losenordsfalt("Nuvarande lösenord").getErrorMessage()).isEqualTo("Det nuvarande lösenordet stämmer inte");
        assertThat(losenordsfalt("Nytt lösenord").getValue()).as("nothing typed is lost").isEqualTo("en helt ny fras i vinter");
    }

    @Test
    void a_short_or_breached_or_mismatched_new_password_is_refused_at_its_field() {
        folk.loggaIn(TestFolk.MEDLEM);
        navigate(KontoView.class);
        fyll(TestFolk.LOSENORD, "kort", "kort");
        assertThat(losenordsfalt("Nytt lösenord").getErrorMessage()).isEqualTo("Lösenordet måste ha minst 12 tecken");
        fyll(TestFolk.LOSENORD, "Qwerty123456", "Qwerty123456");
        assertThat(losenordsfalt("Nytt lösenord").getErrorMessage())
                .isEqualTo("Lösenordet finns bland vanliga lösenord som har läckt. Välj ett annat.");
        fyll(TestFolk.LOSENORD, "en helt ny fras i vinter", "en helt ny fras i våren");
        assertThat(losenordsfalt("Upprepa det nya lösenordet").getErrorMessage()).isEqualTo("Lösenorden är inte lika");
    }

    @Test
    void the_password_is_changed_and_the_user_told_so() {
        folk.loggaIn(TestFolk.MEDLEM);
        navigate(KontoView.class);
        fyll(TestFolk.LOSENORD, "en helt ny fras i vinter", "en helt ny fras i vinter");
        assertThat($(Paragraph.class).withText("Ditt lösenord är bytt.").all()).hasSize(1);
        var provider = new DaoAuthenticationProvider(userDetails);
        provider.setPasswordEncoder(encoder);
        assertThat(provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(folk.anvandarnamn(TestFolk.MEDLEM),
                "en helt ny fras i vinter")).isAuthenticated()).isTrue();
    }
}
