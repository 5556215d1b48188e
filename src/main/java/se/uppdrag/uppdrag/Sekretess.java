package se.uppdrag.uppdrag;

import se.uppdrag.text.OgiltigtVardeException;

/**
 * The marking that an uppdrag holds information under sekretess: the provision it falls under and why (the reason is
 * for those who may read the uppdrag; it never leaves the application in a mail).
 */
public record Sekretess(OslHanvisning hanvisning, String skal) {

    public static final int SKAL_MAX = 1000;

    public Sekretess {
        java.util.Objects.requireNonNull(hanvisning);
        skal = skal == null ? "" : skal.strip();
        if (skal.isEmpty()) {
            throw new OgiltigtVardeException("sekretess.fel.skal-saknas");
        }
        if (skal.length() > SKAL_MAX) {
            throw new OgiltigtVardeException("sekretess.fel.skal-langd", SKAL_MAX);
        }
    }

    /** The marking as the document prints it on every page: "Sekretess enligt 21 kap. 7 § OSL". */
    public String markering() {
        return se.uppdrag.text.Meddelande.svenska("sekretess.markering", hanvisning.toString());
    }
}
