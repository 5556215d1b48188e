package se.uppdrag.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.uppdrag.IntegrationTest;

@IntegrationTest
@ViewPackages(packages = "se.uppdrag")
class LoginViewTest extends SpringBrowserlessTest {

    private static final String SPARRAD = "För många misslyckade inloggningar. Försök igen om en stund eller kontakta administratören.";

    @BeforeEach
    void svenska() {
        UI.getCurrent().setLocale(Locale.of("sv", "SE"));
    }

    private String formularetsTexter() {
        return String.valueOf($(LoginForm.class).single().getElement().getPropertyRaw("i18n"));
    }

    @Test
    void a_refused_attempt_shows_the_lock_message_which_never_tells_whether_the_account_exists() {
        UI.getCurrent().navigate("login", QueryParameters.fromString("error&sparrad"));
        assertThat($(LoginForm.class).single().isError()).isTrue();
        assertThat(formularetsTexter()).contains(SPARRAD);
    }

    @Test
    void a_wrong_password_shows_the_ordinary_message_and_an_ended_sign_in_says_so() {
        UI.getCurrent().navigate("login", QueryParameters.fromString("error"));
        assertThat($(LoginForm.class).single().isError()).isTrue();
        assertThat(formularetsTexter()).doesNotContain(SPARRAD);
        assertThat($(Paragraph.class).withClassName("login-utgangen").all()).as("shown only when the sign-in ended").isEmpty();

        UI.getCurrent().navigate("login", QueryParameters.fromString("utgangen"));
        assertThat($(Paragraph.class).withClassName("login-utgangen").single().getText())
                .isEqualTo("Din inloggning har gått ut. Logga in igen för att fortsätta.");
    }
}
