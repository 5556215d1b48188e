package se.uppdrag.reporting.ui;

import com.vaadin.flow.component.Component;
import se.uppdrag.reporting.PeriodrapportId;
import se.uppdrag.reporting.PeriodrapportService;
import se.uppdrag.reporting.internal.Periodrapportprocessen;
import se.uppdrag.security.CurrentUser;
import se.uppdrag.workflow.Uppgift;
import se.uppdrag.workflow.UppgiftsFormular;

/** The forms of a period report's two tasks in the inbox (compile, approve), with the report beside them. */
@org.springframework.stereotype.Component
class PeriodrapportUppgifter implements UppgiftsFormular {

    private final PeriodrapportService service;
    private final CurrentUser currentUser;

    PeriodrapportUppgifter(PeriodrapportService service, CurrentUser currentUser) {
        this.service = service;
        this.currentUser = currentUser;
    }

    @Override
    public boolean hanterar(String typ) {
        return Periodrapportprocessen.SAMMANSTALLNING.equals(typ) || Periodrapportprocessen.GODKANNANDE.equals(typ);
    }

    @Override
    public Component formular(Uppgift uppgift, Runnable klar) {
        return new Periodrapportarbete(service, currentUser, service.hamta(id(uppgift)), klar);
    }

    @Override
    public Component arende(Uppgift uppgift) {
        var visning = new DokumentVisning();
        visning.visa(service.dokument(id(uppgift)));
        return visning;
    }

    private static PeriodrapportId id(Uppgift uppgift) {
        if (uppgift.arende() == null) {
            throw new se.uppdrag.reporting.PeriodrapportNekadException("periodrapport.fel.finns-inte");
        }
        return new PeriodrapportId(Long.parseLong(uppgift.arende().nyckel()));
    }
}
