package se.uppdrag.uppdrag;

/** How often the uppdragstagare reports status: twice a year (the default) or every quarter. */
public enum Statusrapportering {
    HALVAR,
    KVARTAL
}
