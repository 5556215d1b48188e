package se.uppdrag.reporting.internal;

import org.springframework.stereotype.Component;
import se.uppdrag.personer.PersonId;
import se.uppdrag.reporting.PeriodrapportNekadException;
import se.uppdrag.workflow.Overlamningsregel;

/**
 * A period report's tasks stay with the people it names: the approval is the decision-maker's own, and the compiler is
 * the one the decision-maker answers to. Neither is handed on nor lent; a new report names other people instead.
 */
@Component
class PeriodrapportOverlamning implements Overlamningsregel {

    @Override
    public void prova(String processnyckel, String uppgiftstyp, String processinstans, PersonId till, Satt satt) {
        if (Periodrapportprocessen.NYCKEL.equals(processnyckel)) {
            throw new PeriodrapportNekadException("periodrapport.fel.overlamning");
        }
    }

    @Override
    public boolean tillater(String processnyckel, String uppgiftstyp, Satt satt) {
        return !Periodrapportprocessen.NYCKEL.equals(processnyckel);
    }
}
