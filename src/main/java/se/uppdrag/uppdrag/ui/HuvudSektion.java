package se.uppdrag.uppdrag.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import se.uppdrag.personer.Person;
import se.uppdrag.uppdrag.Beslutskrav;
import se.uppdrag.uppdrag.Huvud;
import se.uppdrag.uppdrag.Uppdragshandling;

/** Header, title, uppdragsgivare and uppdragstagare. */
class HuvudSektion extends VerticalLayout implements Sektion {

    private final TextField organisation = Falt.text(this, "falt.organisation", 300);
    private final TextField enhet = Falt.text(this, "falt.enhet", 300);
    private final DatePicker datum = Falt.datum(this, "falt.datum");
    private final TextField diarienummer = Falt.text(this, "falt.diarienummer", 30);
    final TextField titel = Falt.text(this, "falt.titel", 500);
    private final MultiSelectComboBox<Person> uppdragsgivare;
    private final ComboBox<Person> uppdragstagare;
    private final PlanFalt plan;

    HuvudSektion(Valjare valjare) {
        setPadding(false);
        uppdragsgivare = valjare.personer(getTranslation("falt.uppdragsgivare"));
        uppdragsgivare.setHelperText(getTranslation("falt.kravs-for-beslut", getTranslation("falt.uppdragsgivare.hjalp")));
        uppdragstagare = valjare.person(getTranslation("falt.uppdragstagare"));
        plan = new PlanFalt(valjare.planer());
        uppdragstagare.setHelperText(getTranslation("falt.kravs-for-beslut", getTranslation("falt.uppdragstagare.hjalp")));
        // required for the decision, not for a draft: marked, but never found missing on leaving the field
        for (var falt : List.<com.vaadin.flow.component.HasValidation>of(uppdragsgivare, uppdragstagare)) {
            falt.setManualValidation(true);
        }
        uppdragsgivare.setRequiredIndicatorVisible(true);
        uppdragstagare.setRequiredIndicatorVisible(true);
        uppdragsgivare.addValueChangeListener(e -> {
            if (!e.getValue().isEmpty()) {
                Rad.markera(uppdragsgivare, false, null);
            }
        });
        uppdragstagare.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                Rad.markera(uppdragstagare, false, null);
            }
        });
        organisation.setRequiredIndicatorVisible(true);
        datum.setRequiredIndicatorVisible(true);
        titel.setRequiredIndicatorVisible(true);
        diarienummer.setReadOnly(true);
        diarienummer.setHelperText(getTranslation("falt.diarienummer.hjalp"));
        var huvud = new FormLayout(organisation, enhet, datum, diarienummer);
        var parter = new FormLayout(uppdragsgivare, uppdragstagare);
        add(new H2(getTranslation("sektion.huvud")), huvud, new H2(getTranslation("sektion.uppdrag")), titel, parter, plan);
    }

    @Override
    public void las(Uppdragshandling h) {
        organisation.setValue(h.huvud().organisation());
        enhet.setValue(Falt.varde(h.huvud().enhet()));
        datum.setValue(h.huvud().datum());
        diarienummer.setValue(h.diarienummer() == null ? getTranslation("falt.diarienummer.saknas") : h.diarienummer().toString());
        titel.setValue(h.titel());
        uppdragsgivare.setValue(h.uppdragsgivare());
        uppdragstagare.setValue(h.uppdragstagare());
        plan.las(h.huvud().plan());
    }

    @Override
    public boolean validera() {
        var ok = Rad.markera(titel, titel.getValue().isBlank(), getTranslation("fel.titel"));
        ok &= Rad.markera(organisation, organisation.getValue().isBlank(), getTranslation("fel.organisation"));
        ok &= Rad.markera(datum, datum.getValue() == null, getTranslation("fel.datum-format"));
        return ok;
    }

    @Override
    public void visaFel(Map<String, String> fel) {
        plan.visaFel(fel);
        if (fel.containsKey("titel")) {
            Rad.markera(titel, true, fel.get("titel"));
        }
        if (fel.containsKey("organisation")) {
            Rad.markera(organisation, true, fel.get("organisation"));
        }
        if (fel.containsKey("uppdragsgivare")) {
            Rad.markera(uppdragsgivare, true, fel.get("uppdragsgivare"));
        }
        if (fel.containsKey("uppdragstagare")) {
            Rad.markera(uppdragstagare, true, fel.get("uppdragstagare"));
        }
    }

    @Override
    public void visaBeslutskrav(Collection<Beslutskrav> saknas) {
        if (saknas.contains(Beslutskrav.UPPDRAGSGIVARE)) {
            Rad.markera(uppdragsgivare, true, getTranslation(Beslutskrav.UPPDRAGSGIVARE.felnyckel()));
        }
        if (saknas.contains(Beslutskrav.UPPDRAGSTAGARE)) {
            Rad.markera(uppdragstagare, true, getTranslation(Beslutskrav.UPPDRAGSTAGARE.felnyckel()));
        }
    }

    @Override
    public void narBeslutskravAndras(Runnable lyssnare) {
        uppdragsgivare.addValueChangeListener(e -> lyssnare.run());
        uppdragstagare.addValueChangeListener(e -> lyssnare.run());
    }

    /** The unit the header names, which the delegationsordning judges by. */
    String enhet() {
        return enhet.getValue();
    }

    void narEnhetenAndras(Runnable lyssnare) {
        enhet.addValueChangeListener(e -> lyssnare.run());
    }

    Huvud huvud() {
        return new Huvud(organisation.getValue(), enhet.getValue(), datum.getValue(), plan.placering());
    }

    List<Person> uppdragsgivare() {
        return List.copyOf(uppdragsgivare.getValue());
    }

    Person uppdragstagare() {
        return uppdragstagare.getValue();
    }
}
