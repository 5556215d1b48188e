package se.uppdrag.security;

import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import se.uppdrag.text.Meddelande;

/** The one place that reads the security context; business code gets the user from here. */
@Component
public class CurrentUser {

    public Optional<Inloggad> get() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof InloggadPrincipal principal) {
            return Optional.of(principal.inloggad());
        }
        return Optional.empty();
    }

    public Inloggad require() {
        return get().orElseThrow(() -> new AccessDeniedException(Meddelande.svenska("sakerhet.fel.inte-inloggad")));
    }
}
