package se.uppdrag.uppdrag;

import se.uppdrag.text.OgiltigtVardeException;

/** A date of the status report schedule is refused; the message belongs at the field of {@link #rapportering()}. */
public class RapportschemaFelException extends OgiltigtVardeException {

    private final Statusrapportering rapportering;

    public RapportschemaFelException(Statusrapportering rapportering, String nyckel, Object... argument) {
        super(nyckel, argument);
        this.rapportering = rapportering;
    }

    public Statusrapportering rapportering() {
        return rapportering;
    }
}
