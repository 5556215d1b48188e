package se.uppdrag;

import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Tests' set-up as an administrator with no person behind it (seeding data a test then reads); the context is restored. */
public final class SomAdministrator {

    private SomAdministrator() {
    }

    public static <T> T gor(Supplier<T> arbete) {
        var tidigare = SecurityContextHolder.getContext();
        var kontext = SecurityContextHolder.createEmptyContext();
        kontext.setAuthentication(new UsernamePasswordAuthenticationToken("testadministrator", null,
                List.of(new SimpleGrantedAuthority("ROLE_ADMINISTRATOR"))));
        SecurityContextHolder.setContext(kontext);
        try {
            return arbete.get();
        } finally {
            SecurityContextHolder.setContext(tidigare);
        }
    }
}
