package se.uppdrag.uppdrag;

import se.uppdrag.text.OgiltigtVardeException;

/**
 * An attached file. How large it may be and of which kind is the installation's rule ({@link Bilageregler}), checked
 * when it is handed in, not here: one stored under an earlier rule must still be read.
 */
public record Bilaga(String filnamn, String mimetyp, byte[] innehall) {

    public Bilaga {
        if (filnamn == null || filnamn.isBlank()) {
            throw new OgiltigtVardeException("bilaga.fel.filnamn-saknas");
        }
    }
}
