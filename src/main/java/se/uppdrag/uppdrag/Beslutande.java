package se.uppdrag.uppdrag;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import se.uppdrag.personer.PersonId;
import se.uppdrag.personer.PersonService;
import se.uppdrag.security.CurrentUser;
import se.uppdrag.uppdrag.internal.UppdragEntity;
import se.uppdrag.workflow.FranvaroService;
import se.uppdrag.workflow.Uppgift;
import se.uppdrag.workflow.UppgiftNekadException;

/**
 * Whose decision the current user takes on a decision task: their own as a beslutsfattare of the uppdrag, or, when they
 * hold the task as the registered substitute (ersättare) of an absent beslutsfattare, that beslutsfattare's. Anyone else
 * is refused, and so is a substitute whose period has ended, and a substitute who is a beslutsfattare of the same
 * uppdrag (a decision that needs several beslutsfattare needs several people).
 */
@Component
class Beslutande {

    private final CurrentUser currentUser;
    private final FranvaroService franvaro;
    private final PersonService personer;

    Beslutande(CurrentUser currentUser, FranvaroService franvaro, PersonService personer) {
        this.currentUser = currentUser;
        this.franvaro = franvaro;
        this.personer = personer;
    }

    /** The beslutsfattare whose decision this is, and the substitute taking it for them ({@code null} when they decide themselves). */
    record Beslutsfattare(PersonId beslutsfattare, @Nullable PersonId ersattare) {
    }

    Beslutsfattare kontrollera(Uppgift uppgift, UppdragEntity uppdrag) {
        var jag = currentUser.require().personId();
        var forVem = uppgift.ersatterFor();
        if (forVem == null) {
            uppdrag.kravBeslutsfattare(jag.value());
            return new Beslutsfattare(jag, null);
        }
        if (!franvaro.arErsattareIdag(jag, forVem)) {
            throw new UppgiftNekadException("beslut.fel.inte-langre-ersattare", personer.hamta(forVem).namn());
        }
        if (uppdrag.arBeslutsfattare(jag.value())) {
            throw new UppgiftNekadException("beslut.fel.ersattare-ar-beslutsfattare", personer.hamta(forVem).namn());
        }
        uppdrag.kravBeslutsfattare(forVem.value());
        return new Beslutsfattare(forVem, jag);
    }
}
