package se.uppdrag.security.oidc;

import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;

/** The provider signed the user in, but Uppdrag does not let them in; nothing was created. */
final class OidcNekad extends OAuth2AuthenticationException {

    enum Skal {
        /** No person in the directory (or no login) for the identifying claim, and no just-in-time creation. */
        OKAND,
        /** The person's login is switched off. */
        AVSTANGD
    }

    private final Skal skal;

    OidcNekad(Skal skal, String beskrivning) {
        super(new OAuth2Error("uppdrag_" + skal.name().toLowerCase(), beskrivning, null), beskrivning);
        this.skal = skal;
    }

    Skal skal() {
        return skal;
    }
}
