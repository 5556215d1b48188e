package se.uppdrag.text;

/**
 * A step the current state does not allow (an uppdrag already paused, a task of another kind). The message is a key
 * ({@link #meddelande()}) for the view; the exception's own message is its Swedish text, for logs.
 */
public class OtillatetLageException extends IllegalStateException implements HarMeddelande {

    private final Meddelande meddelande;

    public OtillatetLageException(String nyckel, Object... argument) {
        this(new Meddelande(nyckel, argument));
    }

    public OtillatetLageException(Meddelande meddelande) {
        super(meddelande.svenska());
        this.meddelande = meddelande;
    }

    @Override
    public Meddelande meddelande() {
        return meddelande;
    }
}
