package se.uppdrag.workflow;

import java.time.Instant;

public record Kommentar(String forfattare, Instant tid, String text) {
}
