package se.uppdrag.workflow;

import org.jspecify.annotations.Nullable;
import se.uppdrag.personer.PersonId;

/**
 * What a task is about (for uppdrag: the uppdrag), as the inbox shows it. {@code ansvarig} (the uppdrag's
 * owner) may hand its tasks to someone else.
 */
public record Arende(String nyckel, String titel, @Nullable String diarienummer, String lank, @Nullable PersonId ansvarig) {
}
