package se.uppdrag.uppdrag;

import org.springframework.security.access.AccessDeniedException;
import se.uppdrag.text.HarMeddelande;
import se.uppdrag.text.Meddelande;

/**
 * The uppdrag does not exist or the user may not see it: access is denied, with a message by key for the view. The
 * exception's own message is its Swedish text, for logs.
 */
public class UppdragNekadException extends AccessDeniedException implements HarMeddelande {

    private final Meddelande meddelande;

    public UppdragNekadException(String nyckel, Object... argument) {
        this(new Meddelande(nyckel, argument));
    }

    private UppdragNekadException(Meddelande meddelande) {
        super(meddelande.svenska());
        this.meddelande = meddelande;
    }

    @Override
    public Meddelande meddelande() {
        return meddelande;
    }
}
