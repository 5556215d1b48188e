package se.uppdrag.security;

import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * Runs work with an identity outside a web request: as a named user (the demo data's uppdrag, written by their
 * people). The previous security context is always restored. Code the engine, a timer or the installation runs needs
 * no identity: it uses the unsecured internal doors ({@code Personkatalog}, {@code Personinskrivning},
 * {@link Systemkonton}).
 */
@Component
public class SystemInloggning {

    private final UserDetailsService anvandare;
    private final Environment miljo;

    SystemInloggning(UserDetailsService anvandare, Environment miljo) {
        this.anvandare = anvandare;
        this.miljo = miljo;
    }

    public <T> T som(String anvandarnamn, Supplier<T> arbete) {
        var details = anvandare.loadUserByUsername(anvandarnamn);
        return med(new UsernamePasswordAuthenticationToken(details, null, details.getAuthorities()), arbete);
    }

    /**
     * Development profile only: the demo data seeds its organisation, people and logins as an administrator before any
     * login exists ("demodata" in the security log). Refused in any other profile; only the demo uses it
     * (ArchitectureTest).
     */
    public <T> T somDemoadministrator(Supplier<T> arbete) {
        if (!miljo.acceptsProfiles(Profiles.of("dev"))) {
            throw new IllegalStateException("Demo data is seeded in the development profile (dev) only");
        }
        var demodata = new UsernamePasswordAuthenticationToken("demodata", null,
                List.of(new SimpleGrantedAuthority("ROLE_" + Roller.ADMINISTRATOR)));
        return med(demodata, arbete);
    }

    private static <T> T med(UsernamePasswordAuthenticationToken autentisering, Supplier<T> arbete) {
        var tidigare = SecurityContextHolder.getContext();
        var kontext = SecurityContextHolder.createEmptyContext();
        kontext.setAuthentication(autentisering);
        SecurityContextHolder.setContext(kontext);
        try {
            return arbete.get();
        } finally {
            SecurityContextHolder.setContext(tidigare);
        }
    }
}
