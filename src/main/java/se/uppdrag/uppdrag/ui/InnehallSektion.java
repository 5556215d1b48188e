package se.uppdrag.uppdrag.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Map;
import se.uppdrag.uppdrag.Uppdragshandling;

/** Uppdragsbeskrivning, "Uppdraget innefattar" and "Uppdraget ska". */
class InnehallSektion extends VerticalLayout implements Sektion {

    private final TextArea beskrivning = Falt.textyta(this, "falt.beskrivning");
    private final RadLista<String> innefattar;
    private final RadLista<String> ska;

    InnehallSektion() {
        setPadding(false);
        beskrivning.setHelperText(getTranslation("falt.beskrivning.hjalp"));
        beskrivning.setMinRows(6);
        innefattar = new RadLista<>(getTranslation("sektion.innefattar"), getTranslation("knapp.lagg-till-punkt"),
                getTranslation("rad.punkt"), () -> new PunktRad(getTranslation("sektion.innefattar"), ""));
        ska = new RadLista<>(getTranslation("sektion.ska"), getTranslation("knapp.lagg-till-punkt"),
                getTranslation("rad.punkt"), () -> new PunktRad(getTranslation("sektion.ska"), ""));
        add(new H2(getTranslation("sektion.beskrivning")), beskrivning, innefattar, ska);
    }

    @Override
    public void las(Uppdragshandling h) {
        beskrivning.setValue(Falt.varde(h.beskrivning()));
        innefattar.satt(h.innefattar(), text -> new PunktRad(getTranslation("sektion.innefattar"), text));
        ska.satt(h.ska(), text -> new PunktRad(getTranslation("sektion.ska"), text));
    }

    @Override
    public boolean validera() {
        return innefattar.validera() & ska.validera();
    }

    @Override
    public void visaFel(Map<String, String> fel) {
        innefattar.visaFel(fel.get("punkter"));
    }

    String beskrivning() {
        return beskrivning.getValue();
    }

    List<String> innefattar() {
        return innefattar.varden();
    }

    List<String> ska() {
        return ska.varden();
    }
}
