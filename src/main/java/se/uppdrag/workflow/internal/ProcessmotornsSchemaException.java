package se.uppdrag.workflow.internal;

/**
 * A production start on a database whose process-engine schema does not match the program; its message is the one line
 * an operator reads ({@link ProcessmotornsSchemaRapport}), Swedish first and English after, as before any language
 * choice exists.
 */
final class ProcessmotornsSchemaException extends RuntimeException {

    ProcessmotornsSchemaException(String meddelande) {
        super(meddelande);
    }
}
