package se.uppdrag.uppdrag.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.Map;
import se.uppdrag.uppdrag.Distribution;
import se.uppdrag.uppdrag.Mottagare;
import se.uppdrag.uppdrag.Uppdragshandling;

/** Uppdraget skickas till: för genomförande and för kännedom. */
class DistributionSektion extends VerticalLayout implements Sektion {

    private final Valjare valjare;
    private final RadLista<Mottagare> genomforande;
    private final RadLista<Mottagare> kannedom;

    DistributionSektion(Valjare valjare) {
        this.valjare = valjare;
        setPadding(false);
        genomforande = new RadLista<>(getTranslation("falt.for-genomforande"), getTranslation("knapp.lagg-till-mottagare"),
                getTranslation("rad.mottagare"), () -> new MottagarRad(valjare, null));
        kannedom = new RadLista<>(getTranslation("falt.for-kannedom"), getTranslation("knapp.lagg-till-mottagare"),
                getTranslation("rad.mottagare"), () -> new MottagarRad(valjare, null));
        add(new H2(getTranslation("sektion.distribution")), genomforande, kannedom);
    }

    @Override
    public void las(Uppdragshandling h) {
        genomforande.satt(h.distribution().forGenomforande(), m -> new MottagarRad(valjare, m));
        kannedom.satt(h.distribution().forKannedom(), m -> new MottagarRad(valjare, m));
    }

    @Override
    public boolean validera() {
        return genomforande.validera() & kannedom.validera();
    }

    @Override
    public void visaFel(Map<String, String> fel) {
        genomforande.visaFel(fel.get("forGenomforande"));
        kannedom.visaFel(fel.get("forKannedom"));
    }

    Distribution distribution() {
        return new Distribution(genomforande.varden(), kannedom.varden());
    }
}
