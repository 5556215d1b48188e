package se.uppdrag.security;

import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import se.uppdrag.security.internal.UppdragUserDetails;

/** The one place that reads the security context; business code gets the user from here. */
@Component
public class CurrentUser {

    public Optional<Inloggad> get() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof UppdragUserDetails details) {
            return Optional.of(details.inloggad());
        }
        return Optional.empty();
    }

    public Inloggad require() {
        return get().orElseThrow(() -> new AccessDeniedException("Du är inte inloggad"));
    }
}
