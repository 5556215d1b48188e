package se.uppdrag.uppdrag.ui;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import se.uppdrag.personer.PersonService;
import se.uppdrag.security.Roller;
import se.uppdrag.uppdrag.BeslutService;
import se.uppdrag.uppdrag.UppdragListaService;
import se.uppdrag.uppdrag.UppdragService;

/**
 * Nytt uppdrag: the editor on a new draft, a route of its own so that its access annotation says who may create
 * uppdrag: the menu lists it for them only, and anyone else typing the address is refused.
 */
@Route("uppdrag/ny")
@Menu(title = "nav.nytt", order = 60, icon = "vaadin:plus")
@RolesAllowed(Roller.HANDLAGGARE)
class NyttUppdragView extends UppdragEditorView {

    NyttUppdragView(UppdragService service, UppdragListaService lista, PersonService personer, BeslutService beslut,
            se.uppdrag.uppdrag.Beslutsratt beslutsratt, Clock clock, se.uppdrag.plan.PlanService planer) {
        super(service, lista, personer, beslut, beslutsratt, clock, planer);
    }
}
