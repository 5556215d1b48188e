package se.uppdrag.reporting;

import se.uppdrag.text.OgiltigtVardeException;

/** A period report's field was filled in wrongly, or the step does not fit where it stands; the message belongs at {@link #falt()}. */
public class PeriodrapportFelException extends OgiltigtVardeException {

    private final String falt;

    public PeriodrapportFelException(String falt, String nyckel, Object... argument) {
        super(nyckel, argument);
        this.falt = falt;
    }

    /** titel, period, beslutsfattare, sammanfattning, kommentar or status. */
    public String falt() {
        return falt;
    }
}
