package se.uppdrag.uppdrag.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import se.uppdrag.uppdrag.Aktivitet;
import se.uppdrag.uppdrag.Beslutskrav;
import se.uppdrag.uppdrag.Statusrapportering;
import se.uppdrag.uppdrag.Tidplan;
import se.uppdrag.uppdrag.Uppdragshandling;

/**
 * Tidplan: priority, slutleverans, the activities with their periods and who is responsible, and the unit or role
 * responsible in follow-up, if not the uppdragstagare. A slutleverans that has passed is pointed
 * out at once (a draft may still be saved so; it cannot be sent för beslut so); one before the decision it follows
 * (revising a decided uppdrag) is wrong and not saved.
 */
class TidplanSektion extends VerticalLayout implements Sektion {

    private final Valjare valjare;
    private final Clock clock;
    private final TextField prioritet = Falt.text(this, "falt.prioritet", 500);
    private final DatePicker slutleverans = Falt.datum(this, "falt.slutleverans");
    private final RadioButtonGroup<Statusrapportering> statusrapportering = new RadioButtonGroup<>();
    private final TextField ansvarigIUppfoljning = Falt.text(this, "falt.ansvarig-i-uppfoljning", se.uppdrag.uppdrag.Aktivitet.ANSVARIG_TEXT_MAX);
    private final RadLista<Aktivitet> aktiviteter;
    private @Nullable LocalDate beslutsdatum;
    private boolean markeradForeBeslut;

    TidplanSektion(Valjare valjare, Clock clock) {
        this.valjare = valjare;
        this.clock = clock;
        setPadding(false);
        prioritet.setPlaceholder(getTranslation("falt.prioritet.exempel"));
        slutleverans.setHelperText(getTranslation("falt.slutleverans.hjalp"));
        slutleverans.addValueChangeListener(e -> kontrolleraSlutleverans());
        statusrapportering.setLabel(getTranslation("falt.statusrapportering"));
        statusrapportering.setItems(Statusrapportering.values());
        statusrapportering.setItemLabelGenerator(s -> getTranslation("statusrapportering." + s.name()));
        statusrapportering.setValue(Statusrapportering.HALVAR);
        ansvarigIUppfoljning.setHelperText(getTranslation("falt.ansvarig-i-uppfoljning.hjalp"));
        ansvarigIUppfoljning.setPlaceholder(getTranslation("falt.ansvarig-text.exempel"));
        aktiviteter = new RadLista<>(getTranslation("falt.aktiviteter"), getTranslation("knapp.lagg-till-aktivitet"),
                getTranslation("rad.aktivitet"), () -> new AktivitetsRad(valjare, null));
        add(new H2(getTranslation("sektion.tidplan")), new FormLayout(prioritet, slutleverans), statusrapportering, aktiviteter,
                new FormLayout(ansvarigIUppfoljning));
    }

    /** The decision the slutleverans may not come before, if there is one. */
    void beslutsdatum(@Nullable LocalDate datum) {
        this.beslutsdatum = datum;
        kontrolleraSlutleverans();
    }

    @Override
    public void las(Uppdragshandling h) {
        prioritet.setValue(Falt.varde(h.tidplan().prioritet()));
        slutleverans.setValue(h.tidplan().slutleverans());
        statusrapportering.setValue(h.tidplan().statusrapportering());
        ansvarigIUppfoljning.setValue(Falt.varde(h.tidplan().ansvarigIUppfoljning()));
        aktiviteter.satt(h.tidplan().aktiviteter(), aktivitet -> new AktivitetsRad(valjare, aktivitet));
        kontrolleraSlutleverans();
    }

    /** A date before the decision is marked wrong; one that has passed gets a warning as its helper text. */
    private void kontrolleraSlutleverans() {
        var datum = slutleverans.getValue();
        if (datum == null) {
            if (markeradForeBeslut) {
                Rad.markera(slutleverans, false, null);
                markeradForeBeslut = false;
            }
            slutleverans.setHelperText(getTranslation("falt.slutleverans.hjalp"));
            return;
        }
        markeradForeBeslut = !Rad.markera(slutleverans, foreBeslutet(datum), beslutsdatum == null ? null
                : getTranslation("fel.slutleverans-fore-beslut", beslutsdatum.toString()));
        slutleverans.setHelperText(datum.isBefore(LocalDate.now(clock))
                ? getTranslation("falt.slutleverans.passerad", datum.toString()) : getTranslation("falt.slutleverans.hjalp"));
    }

    private boolean foreBeslutet(LocalDate datum) {
        return beslutsdatum != null && datum.isBefore(beslutsdatum);
    }

    @Override
    public boolean validera() {
        var datum = slutleverans.getValue();
        var datumOk = datum == null ? Rad.markera(slutleverans, slutleverans.isInvalid(), getTranslation("fel.datum-format"))
                : Rad.markera(slutleverans, foreBeslutet(datum), beslutsdatum == null ? null
                        : getTranslation("fel.slutleverans-fore-beslut", beslutsdatum.toString()));
        return aktiviteter.validera() & datumOk;
    }

    @Override
    public void visaFel(Map<String, String> fel) {
        if (fel.containsKey("slutleverans")) {
            Rad.markera(slutleverans, true, fel.get("slutleverans"));
        }
        aktiviteter.visaFel(fel.get("aktiviteter"));
        if (fel.containsKey("ansvarigIUppfoljning")) {
            Rad.markera(ansvarigIUppfoljning, true, fel.get("ansvarigIUppfoljning"));
        }
    }

    @Override
    public void visaBeslutskrav(Collection<Beslutskrav> saknas) {
        if (saknas.contains(Beslutskrav.SLUTLEVERANS) && slutleverans.getValue() != null) {
            Rad.markera(slutleverans, true, getTranslation(Beslutskrav.SLUTLEVERANS.felnyckel(), slutleverans.getValue().toString()));
        }
    }

    @Override
    public void narBeslutskravAndras(Runnable lyssnare) {
        slutleverans.addValueChangeListener(e -> lyssnare.run());
    }

    @Nullable LocalDate slutleverans() {
        return slutleverans.getValue();
    }

    Tidplan tidplan() {
        return new Tidplan(prioritet.getValue(), slutleverans.getValue(), statusrapportering.getValue(), aktiviteter.varden(),
                ansvarigIUppfoljning.getValue());
    }
}
