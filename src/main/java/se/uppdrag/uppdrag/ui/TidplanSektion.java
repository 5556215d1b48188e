package se.uppdrag.uppdrag.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import se.uppdrag.uppdrag.Aktivitet;
import se.uppdrag.uppdrag.Statusrapportering;
import se.uppdrag.uppdrag.Tidplan;
import se.uppdrag.uppdrag.Uppdragshandling;

/** Tidplan: priority, slutleverans and the activities with their periods. */
class TidplanSektion extends VerticalLayout implements Sektion {

    private final Valjare valjare;
    private final TextField prioritet = Falt.text(this, "falt.prioritet", 500);
    private final DatePicker slutleverans = Falt.datum(this, "falt.slutleverans");
    private final RadioButtonGroup<Statusrapportering> statusrapportering = new RadioButtonGroup<>();
    private final RadLista<Aktivitet> aktiviteter;

    TidplanSektion(Valjare valjare) {
        this.valjare = valjare;
        setPadding(false);
        prioritet.setPlaceholder(getTranslation("falt.prioritet.exempel"));
        slutleverans.setHelperText(getTranslation("falt.slutleverans.hjalp"));
        statusrapportering.setLabel(getTranslation("falt.statusrapportering"));
        statusrapportering.setItems(Statusrapportering.values());
        statusrapportering.setItemLabelGenerator(s -> getTranslation("statusrapportering." + s.name()));
        statusrapportering.setValue(Statusrapportering.HALVAR);
        aktiviteter = new RadLista<>(getTranslation("falt.aktiviteter"), getTranslation("knapp.lagg-till-aktivitet"),
                getTranslation("rad.aktivitet"), () -> new AktivitetsRad(valjare, null));
        add(new H2(getTranslation("sektion.tidplan")), new FormLayout(prioritet, slutleverans), statusrapportering, aktiviteter);
    }

    @Override
    public void las(Uppdragshandling h) {
        prioritet.setValue(Falt.varde(h.tidplan().prioritet()));
        slutleverans.setValue(h.tidplan().slutleverans());
        statusrapportering.setValue(h.tidplan().statusrapportering());
        aktiviteter.satt(h.tidplan().aktiviteter(), aktivitet -> new AktivitetsRad(valjare, aktivitet));
    }

    @Override
    public boolean validera() {
        var datumOk = Rad.markera(slutleverans, slutleverans.isInvalid() && slutleverans.getValue() == null,
                getTranslation("fel.datum-format"));
        return aktiviteter.validera() & datumOk;
    }

    @Override
    public void visaFel(Map<String, String> fel) {
        if (fel.containsKey("slutleverans")) {
            Rad.markera(slutleverans, true, fel.get("slutleverans"));
        }
        aktiviteter.visaFel(fel.get("aktiviteter"));
    }

    Tidplan tidplan() {
        return new Tidplan(prioritet.getValue(), slutleverans.getValue(), statusrapportering.getValue(), aktiviteter.varden());
    }
}
