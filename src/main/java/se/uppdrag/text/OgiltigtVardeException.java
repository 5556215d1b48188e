package se.uppdrag.text;

/**
 * Bad input: a value the user gave is refused. The message is a key ({@link #meddelande()}) for the view; the
 * exception's own message is its Swedish text, for logs.
 */
public class OgiltigtVardeException extends IllegalArgumentException implements HarMeddelande {

    private final Meddelande meddelande;

    public OgiltigtVardeException(String nyckel, Object... argument) {
        this(new Meddelande(nyckel, argument));
    }

    public OgiltigtVardeException(Meddelande meddelande) {
        super(meddelande.svenska());
        this.meddelande = meddelande;
    }

    @Override
    public Meddelande meddelande() {
        return meddelande;
    }
}
