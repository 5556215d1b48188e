package se.uppdrag.workflow;

import org.springframework.security.access.AccessDeniedException;
import se.uppdrag.text.HarMeddelande;
import se.uppdrag.text.Meddelande;

/**
 * The user may not act on the task (not its assignee, not in its group, or it is gone). The message is a key for the
 * view ({@link #meddelande()}); the exception's own message is its Swedish text, for logs.
 */
public class UppgiftNekadException extends AccessDeniedException implements HarMeddelande {

    private final Meddelande meddelande;

    public UppgiftNekadException(String nyckel, Object... argument) {
        this(new Meddelande(nyckel, argument));
    }

    private UppgiftNekadException(Meddelande meddelande) {
        super(meddelande.svenska());
        this.meddelande = meddelande;
    }

    @Override
    public Meddelande meddelande() {
        return meddelande;
    }
}
