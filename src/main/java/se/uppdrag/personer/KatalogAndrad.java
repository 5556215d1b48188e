package se.uppdrag.personer;

/**
 * Published after every administrative change of the directory or the organisation (a unit or a person created,
 * changed, moved or deactivated, an import applied), so that the security audit log can record it without this
 * module depending on security.
 */
public record KatalogAndrad(String beskrivning) {
}
