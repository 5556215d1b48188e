package se.uppdrag.reporting;

import se.uppdrag.text.FaltfelException;

/**
 * A period report's field was filled in wrongly, or the step does not fit where it stands;
 * the message belongs at {@link #falt()}: titel, period, beslutsfattare, sammanfattning, kommentar or status.
 */
public class PeriodrapportFelException extends FaltfelException {

    public PeriodrapportFelException(String falt, String nyckel, Object... argument) {
        super(falt, nyckel, argument);
    }
}
