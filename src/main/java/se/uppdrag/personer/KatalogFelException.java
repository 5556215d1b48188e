package se.uppdrag.personer;

/** A change of the directory or the organisation breaks a rule; the Swedish message belongs at the named field. */
public class KatalogFelException extends IllegalArgumentException {

    private final String falt;

    public KatalogFelException(String falt, String meddelande) {
        super(meddelande);
        this.falt = falt;
    }

    /** The field the message belongs at: namn, kod, typ, overordnad, epost, anstallningsId, enhet, aktivTill, fil. */
    public String falt() {
        return falt;
    }
}
