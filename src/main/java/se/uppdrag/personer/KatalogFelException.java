package se.uppdrag.personer;

import se.uppdrag.text.HarMeddelande;
import se.uppdrag.text.Meddelande;

/**
 * A change of the directory or the organisation breaks a rule. The message belongs at the named field, as its key
 * ({@link #text()}) for the view, in the user's language; the exception's own message is the Swedish text.
 */
public class KatalogFelException extends IllegalArgumentException implements HarMeddelande {

    private final String falt;
    private final Katalogtext text;

    public KatalogFelException(String falt, String nyckel, Object... argument) {
        this(falt, new Katalogtext(nyckel, argument));
    }

    private KatalogFelException(String falt, Katalogtext text) {
        super(text.svenska());
        this.falt = falt;
        this.text = text;
    }

    /** The field the message belongs at: namn, kod, typ, overordnad, epost, anstallningsId, enhet, aktivTill, fil. */
    public String falt() {
        return falt;
    }

    public Katalogtext text() {
        return text;
    }

    @Override
    public Meddelande meddelande() {
        return text.meddelande();
    }
}
