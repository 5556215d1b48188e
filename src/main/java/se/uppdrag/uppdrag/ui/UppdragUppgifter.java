package se.uppdrag.uppdrag.ui;

import com.vaadin.flow.component.Component;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import se.uppdrag.personer.PersonService;
import se.uppdrag.uppdrag.BeslutService;
import se.uppdrag.uppdrag.Bilageregler;
import se.uppdrag.uppdrag.GenomforandeService;
import se.uppdrag.uppdrag.RemissService;
import se.uppdrag.uppdrag.UppdragListaService;
import se.uppdrag.uppdrag.UppdragService;
import se.uppdrag.workflow.Uppgift;
import se.uppdrag.workflow.UppgiftsFormular;

/** The forms of the uppdrag process's tasks, and the uppdrag document beside them. */
@org.springframework.stereotype.Component
class UppdragUppgifter implements UppgiftsFormular {

    private static final Set<String> TYPER = Set.of("utkast", "remissvar", "remissuppfoljning", "beslutsuppgift",
            "bekraftaRegistrering", "aktivitet", "statusrapport", "slutrapport", "beslutOmSlutrapport");
    private final UppdragService uppdrag;
    private final RemissService remiss;
    private final BeslutService beslut;
    private final GenomforandeService genomforande;
    private final PersonService personer;
    private final UppdragListaService lista;
    private final Bilageregler bilageregler;
    private final Clock clock;

    UppdragUppgifter(UppdragService uppdrag, RemissService remiss, BeslutService beslut, GenomforandeService genomforande,
            PersonService personer, UppdragListaService lista, Bilageregler bilageregler, Clock clock) {
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
        return TYPER.contains(typ);
    }

    @Override
    public Component formular(Uppgift uppgift, Runnable klar) {
        var id = UtkastFormular.uppdragId(uppgift);
        return switch (uppgift.typ()) {
            case "utkast" -> new UtkastFormular(uppgift, klar, uppdrag.hamta(id), remiss.remissvar(id),
                    new Valjare(personer, lista), remiss, beslut, clock);
            case "remissvar" -> new RemissvarFormular(uppgift, klar, remiss);
            case "remissuppfoljning" -> new RemissuppfoljningFormular(uppgift, klar, remiss.remissrunda(uppgift.id()), remiss,
                    clock.getZone());
            case "beslutsuppgift" -> new BeslutFormular(uppgift, klar, beslut);
            case "bekraftaRegistrering" -> new EnkelFormular(uppgift, klar, text(uppgift, "registrering.ingress"), List.of(),
                    false, text(uppgift, "registrering.bekrafta"), k -> beslut.bekraftaRegistrering(uppgift.id()));
            case "aktivitet" -> new EnkelFormular(uppgift, klar, text(uppgift, "aktivitet.ingress"), List.of(), true,
                    text(uppgift, "aktivitet.klar"), k -> genomforande.slutforAktivitet(uppgift.id(), k));
            case "statusrapport" -> new StatusrapportFormular(uppgift, klar, genomforande);
            case "slutrapport" -> new SlutrapportFormular(uppgift, klar, genomforande, bilageregler);
            case "beslutOmSlutrapport" -> new SlutrapportbeslutFormular(uppgift, klar, genomforande.slutrapporter(id), genomforande);
            default -> throw new IllegalArgumentException("Okänd uppgift " + uppgift.typ());
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
