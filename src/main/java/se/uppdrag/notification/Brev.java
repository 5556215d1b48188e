package se.uppdrag.notification;

/** A rendered mail: single-line subject, HTML and plain text. */
public record Brev(String amne, String html, String text) {
}
