package se.uppdrag.personer;

/** What applying an import row would do. */
public enum Importstatus {
    NY,
    ANDRAD,
    OFORANDRAD,
    AVVISAD
}
