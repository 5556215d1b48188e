package se.uppdrag.notification;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A mail caught by the embedded SMTP server of the development setup, decoded as a mail reader shows it: the
 * subject from its encoded-words, the plain-text part in its charset, the HTML part (to be shown only in a
 * sandbox, never in the page) and the attachments by name and decoded size.
 */
public record FangatMail(String fran, String till, String amne, @Nullable Instant skickat, String text,
        @Nullable String html, List<Bilaga> bilagor) {

    public FangatMail {
        bilagor = List.copyOf(bilagor);
    }

    /** An attached file; {@code namn} is null when the mail gives it none. */
    public record Bilaga(@Nullable String namn, String mediatyp, long storlek) {
    }
}
