package se.uppdrag.security;

import java.time.Instant;
import se.uppdrag.personer.EmailAddress;
import se.uppdrag.personer.PersonId;

/**
 * A one-time link to set a password was made and must reach its person by mail. Published inside the transaction
 * that made the link, so the notification feature queues the mail in the same transaction (security must not depend
 * on notification, which depends on security). {@code vag} is the link's path, {@code losenord/<token>}: the only
 * place the token exists outside the mail, so it is never printed.
 */
public record LosenordslankSkapad(long lankId, Syfte syfte, PersonId personId, String namn, EmailAddress epost,
        String vag, Instant giltigTill) {

    public enum Syfte {
        NY_INLOGGNING,
        ATERSTALLNING
    }

    @Override
    public String toString() {
        return "LosenordslankSkapad[" + lankId + ", " + syfte + ", " + personId + "]";
    }
}
