package se.uppdrag.uppdrag.ui;

import com.vaadin.flow.component.Component;
import java.time.Clock;
import java.util.List;
import se.uppdrag.personer.PersonService;
import se.uppdrag.plan.PlanService;
import se.uppdrag.text.Tidsformat;
import se.uppdrag.uppdrag.BeslutService;
import se.uppdrag.uppdrag.Bilageregler;
import se.uppdrag.uppdrag.GenomforandeService;
import se.uppdrag.uppdrag.RemissService;
import se.uppdrag.uppdrag.UppdragListaService;
import se.uppdrag.uppdrag.UppdragService;
import se.uppdrag.uppdrag.Uppgiftstyp;
import se.uppdrag.workflow.Uppgift;
import se.uppdrag.workflow.UppgiftsFormular;

/** The forms of the uppdrag process's tasks, and the uppdrag document beside them. */
@org.springframework.stereotype.Component
class UppdragUppgifter implements UppgiftsFormular {

    private final UppdragService uppdrag;
    private final RemissService remiss;
    private final BeslutService beslut;
    private final GenomforandeService genomforande;
    private final PersonService personer;
    private final UppdragListaService lista;
    private final Bilageregler bilageregler;
    private final Clock clock;
    private final PlanService planer;

    UppdragUppgifter(UppdragService uppdrag, RemissService remiss, BeslutService beslut, GenomforandeService genomforande,
            PersonService personer, UppdragListaService lista, Bilageregler bilageregler, Clock clock, PlanService planer) {
        this.planer = planer;
        this.bilageregler = bilageregler;
        this.uppdrag = uppdrag;
        this.remiss = remiss;
        this.beslut = beslut;
        this.genomforande = genomforande;
        this.personer = personer;
        this.lista = lista;
        this.clock = clock;
    }

    @Override
    public boolean hanterar(String typ) {
        return Uppgiftstyp.av(typ).isPresent();
    }

    @Override
    public Component formular(Uppgift uppgift, Runnable klar) {
        var id = UtkastFormular.uppdragId(uppgift);
        return switch (Uppgiftstyp.av(uppgift.typ()).orElseThrow()) {
            case UTKAST -> new UtkastFormular(uppgift, klar, uppdrag.hamta(id), remiss.remissvar(id),
                    new Valjare(personer, lista, planer), remiss, beslut, clock);
            case REMISSVAR -> new RemissvarFormular(uppgift, klar, remiss);
            case REMISSUPPFOLJNING -> new RemissuppfoljningFormular(uppgift, klar, remiss.remissrunda(uppgift.id()), remiss,
                    Tidsformat.av(clock));
            case BESLUT -> new BeslutFormular(uppgift, klar, beslut);
            case BEKRAFTA_REGISTRERING -> new EnkelFormular(uppgift, klar, text(uppgift, "registrering.ingress"), List.of(),
                    false, text(uppgift, "registrering.bekrafta"), (k, nyckel) -> beslut.bekraftaRegistrering(uppgift.id(), nyckel));
            case AKTIVITET -> new EnkelFormular(uppgift, klar, text(uppgift, "aktivitet.ingress"), List.of(), true,
                    text(uppgift, "aktivitet.klar"), (k, nyckel) -> genomforande.slutforAktivitet(uppgift.id(), k, nyckel));
            case STATUSRAPPORT -> new StatusrapportFormular(klar,
                    (ljus, trend, kommentar, ekonomi, nyckel) -> genomforande.lamnaStatusrapport(uppgift.id(), ljus, trend, kommentar,
                            ekonomi, nyckel));
            case SLUTRAPPORT -> new SlutrapportFormular(uppgift, klar, genomforande, bilageregler);
            case BESLUT_OM_SLUTRAPPORT -> new SlutrapportbeslutFormular(uppgift, klar, genomforande.slutrapporter(id), genomforande);
        };
    }

    @Override
    public Component arende(Uppgift uppgift) {
        return new DokumentInnehall(uppdrag.hamta(UtkastFormular.uppdragId(uppgift)));
    }

    private static String text(Uppgift uppgift, String nyckel) {
        var ui = com.vaadin.flow.component.UI.getCurrent();
        return ui.getTranslation(nyckel, uppgift.visningsnamn(ui));
    }
}
