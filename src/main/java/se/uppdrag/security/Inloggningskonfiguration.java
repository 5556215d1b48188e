package se.uppdrag.security;

import com.vaadin.flow.spring.security.RequestUtil;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import se.uppdrag.drift.Driftfel;

/**
 * The sign-in hardening that {@link SecurityConfig} applies: the throttled password provider, the login page's
 * failure addresses, CSRF on the login form and the security headers.
 */
@Configuration(proxyBeanMethods = false)
class Inloggningskonfiguration {

    static final String INLOGGNING = "/login";

    /** The one password provider of the application, behind the throttle (Spring Security uses a provider bean as is). */
    @Bean
    AuthenticationProvider sparrkontrolleradInloggning(UserDetailsService anvandare, PasswordEncoder losenord,
            Inloggningsskydd skydd, Sakerhetslogg logg) {
        var dao = new DaoAuthenticationProvider(anvandare);
        dao.setPasswordEncoder(losenord);
        return new SparrkontrolleradInloggning(dao, skydd, logg);
    }

    /**
     * A wrong password shows the login page's error; a refused attempt the lock message (the same for every name); a
     * sign-in that could not be tried because the database is away says so ("try again in a while"), never that the
     * password was wrong.
     */
    static AuthenticationFailureHandler felhanterare() {
        var hanterare = new ExceptionMappingAuthenticationFailureHandler();
        hanterare.setDefaultFailureUrl(INLOGGNING + "?error");
        hanterare.setExceptionMappings(java.util.Map.of(InloggningSparradException.class.getName(),
                INLOGGNING + "?error&sparrad"));
        var otillganglig = new SimpleUrlAuthenticationFailureHandler(INLOGGNING + "?error&otillganglig");
        return (begaran, svar, fel) -> (Driftfel.databasenBorta(fel) ? otillganglig : hanterare)
                .onAuthenticationFailure(begaran, svar, fel);
    }

    /**
     * CSRF as Vaadin's configurer sets it (Vaadin's own requests carry Vaadin's own token), but without its exemption
     * of the login page: a POST to /login needs Spring Security's token too, which Vaadin's login form sends from the
     * {@code _csrf} meta tags of the page (no login CSRF: a foreign page cannot sign a victim in as the attacker).
     * Vaadin's CSRF configuration must be switched off for this ({@code enableCsrfConfiguration(false)}).
     */
    static void csrfAvenForInloggningen(HttpSecurity http, RequestUtil vaadin) {
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadin::isFrameworkInternalRequest));
    }
}
