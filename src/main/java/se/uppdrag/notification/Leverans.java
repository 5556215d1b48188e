package se.uppdrag.notification;

/** How a person wants a kind of mail: at once, gathered in the daily digest, or not at all. */
public enum Leverans {
    DIREKT,
    SAMMANDRAG,
    AV
}
