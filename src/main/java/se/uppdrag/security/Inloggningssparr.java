package se.uppdrag.security;

import java.time.Instant;

/** A lock on an account name or a client address, as an administrator sees it. */
public record Inloggningssparr(String nyckel, boolean konto, String namn, int misslyckade, Instant lastTill) {
}
