package se.uppdrag.notification;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A mail in the outbox as the Utkorg shows it. */
public record UtgaendeMail(long id, String till, MailTyp typ, String amne, String status, int forsok,
        @Nullable String senasteFel, Instant skapad, @Nullable Instant skickad, String text) {
}
