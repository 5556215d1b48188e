package se.uppdrag.security;

import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import se.uppdrag.security.oidc.OidcEgenskaper;

/**
 * The ways to sign in that are switched on: the local password ({@code uppdrag.inloggning.losenord.aktiv}, on by
 * default) and single sign-on with OpenID Connect ({@code uppdrag.oidc.enabled}). At least one must be on.
 */
@Component
public class Inloggningssatt {

    private final boolean losenord;
    private final Optional<Leverantor> oidc;

    Inloggningssatt(@Value("${uppdrag.inloggning.losenord.aktiv:true}") boolean losenord, OidcEgenskaper oidc) {
        if (!losenord && !oidc.enabled()) {
            throw new IllegalStateException("uppdrag.inloggning.losenord.aktiv=false needs uppdrag.oidc.enabled=true:"
                    + " with neither, nobody can sign in");
        }
        this.losenord = losenord;
        this.oidc = oidc.enabled()
                ? Optional.of(new Leverantor(oidc.namn(), "oauth2/authorization/" + oidc.registreringsId()))
                : Optional.empty();
    }

    /** Whether the login page shows the form for a login name and password, and POST /login is accepted. */
    public boolean losenord() {
        return losenord;
    }

    /** The OpenID Connect provider, when single sign-on is on. */
    public Optional<Leverantor> oidc() {
        return oidc;
    }

    /** The provider's name on the login button, and the address (relative to the app) that starts the sign-in. */
    public record Leverantor(String namn, String adress) {
    }
}
