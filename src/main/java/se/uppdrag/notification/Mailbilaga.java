package se.uppdrag.notification;

import se.uppdrag.text.OgiltigtVardeException;

/** A file attached to a mail, such as the uppdragshandling as PDF on its distribution. */
public record Mailbilaga(String filnamn, String mediatyp, byte[] innehall) {

    public Mailbilaga {
        if (filnamn == null || filnamn.isBlank() || mediatyp == null || innehall == null || innehall.length == 0) {
            throw new OgiltigtVardeException("mail.fel.bilaga");
        }
    }
}
