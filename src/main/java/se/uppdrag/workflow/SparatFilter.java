package se.uppdrag.workflow;

/** A filter the user saved under a name. */
public record SparatFilter(long id, String namn, UppgiftFilter filter) implements java.io.Serializable {
}
