package se.uppdrag.uppdrag;

/**
 * How often the uppdragstagare reports status: twice a year (the default, for the delårsrapport and the
 * årsredovisning), every quarter, or every tertial (reports covering januari–april, maj–augusti and
 * september–december). The dates of each are the administrator's ({@link Rapportschema}).
 */
public enum Statusrapportering {
    HALVAR,
    KVARTAL,
    TERTIAL
}
