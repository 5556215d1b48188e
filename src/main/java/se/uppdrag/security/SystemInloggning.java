package se.uppdrag.security;

import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Runs work with an identity outside a web request: as a named user (seeding demo data, background jobs
 * acting for someone) or as the system administrator (bootstrapping the first logins). The previous
 * security context is always restored.
 */
@Component
public class SystemInloggning {

    private final UserDetailsService anvandare;

    SystemInloggning(UserDetailsService anvandare) {
        this.anvandare = anvandare;
    }

    public <T> T som(String anvandarnamn, Supplier<T> arbete) {
        var details = anvandare.loadUserByUsername(anvandarnamn);
        return med(new UsernamePasswordAuthenticationToken(details, null, details.getAuthorities()), arbete);
    }

    public <T> T somSystem(Supplier<T> arbete) {
        var system = new UsernamePasswordAuthenticationToken("system", null,
                List.of(new SimpleGrantedAuthority("ROLE_" + Roller.ADMINISTRATOR)));
        return med(system, arbete);
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
