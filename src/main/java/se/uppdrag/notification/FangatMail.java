package se.uppdrag.notification;

/** A mail caught by the embedded SMTP server of the development setup. */
public record FangatMail(String till, String amne, String text) {
}
