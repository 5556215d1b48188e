package se.uppdrag.reporting;

import org.springframework.security.access.AccessDeniedException;
import se.uppdrag.text.HarMeddelande;
import se.uppdrag.text.Meddelande;

/** The user may not read, or take this step in, a period report. */
public class PeriodrapportNekadException extends AccessDeniedException implements HarMeddelande {

    private final transient Meddelande meddelande;

    public PeriodrapportNekadException(String nyckel) {
        this(new Meddelande(nyckel));
    }

    private PeriodrapportNekadException(Meddelande meddelande) {
        super(meddelande.svenska());
        this.meddelande = meddelande;
    }

    @Override
    public Meddelande meddelande() {
        return meddelande;
    }
}
