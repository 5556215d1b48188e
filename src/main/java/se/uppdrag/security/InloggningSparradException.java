package se.uppdrag.security;

import org.springframework.security.authentication.LockedException;
import se.uppdrag.text.Meddelande;

/**
 * An attempt refused before its password was checked: too many failures for the name or the address. A kind of
 * {@link LockedException}, so that Spring Security's provider manager stops at once instead of asking another provider
 * (which would check the password after all).
 */
class InloggningSparradException extends LockedException {

    InloggningSparradException() {
        super(Meddelande.svenska("sakerhet.fel.sparrad"));
    }
}
