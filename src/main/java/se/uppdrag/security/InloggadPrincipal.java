package se.uppdrag.security;

/**
 * A principal that carries the logged-in user: the local login's and the single sign-on's alike, so that
 * {@link CurrentUser} reads both the same way.
 */
public interface InloggadPrincipal {

    Inloggad inloggad();
}
