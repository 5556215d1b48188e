package se.uppdrag.uppdrag;

/** What a beslutsfattare decides: fastställ, återremittera (back to the owner) or avslå (ends it). */
public enum Beslut {
    FASTSTALL,
    ATERREMITTERA,
    AVSLA
}
