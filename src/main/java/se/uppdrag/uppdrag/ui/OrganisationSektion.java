package se.uppdrag.uppdrag.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Map;
import se.uppdrag.uppdrag.Arbetsgruppsmedlem;
import se.uppdrag.uppdrag.Arbetsorganisation;
import se.uppdrag.uppdrag.Samband;
import se.uppdrag.uppdrag.UppdragRef;
import se.uppdrag.uppdrag.Uppdragshandling;

/** Arbetsorganisation, Samband och gränsdragning, and Kommunikation. */
class OrganisationSektion extends VerticalLayout implements Sektion {

    private final Valjare valjare;
    private final RadLista<Arbetsgruppsmedlem> arbetsgrupp;
    private final TextArea notering = Falt.textyta(this, "falt.arbetsgrupp.notering");
    private final Checkbox resurserVidBehov = new Checkbox();
    private final MultiSelectComboBox<UppdragRef> samband;
    private final TextArea sambandText = Falt.textyta(this, "falt.samband.text");
    private final TextArea kommunikation = Falt.textyta(this, "falt.kommunikation");

    OrganisationSektion(Valjare valjare) {
        this.valjare = valjare;
        setPadding(false);
        arbetsgrupp = new RadLista<>(getTranslation("falt.arbetsgrupp"), getTranslation("knapp.lagg-till-medlem"),
                getTranslation("rad.medlem"), () -> new MedlemRad(valjare, null));
        notering.setMinRows(1);
        // offered, not filled in: the note goes into the official document as it stands
        resurserVidBehov.setLabel(getTranslation("falt.arbetsgrupp.resurser", Arbetsorganisation.RESURSER_VID_BEHOV));
        resurserVidBehov.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                notering.setValue(e.getValue() ? medMeningen(notering.getValue()) : utanMeningen(notering.getValue()));
            }
        });
        notering.addValueChangeListener(e -> resurserVidBehov.setValue(e.getValue().contains(Arbetsorganisation.RESURSER_VID_BEHOV)));
        samband = valjare.flerUppdrag(getTranslation("falt.samband.uppdrag"));
        samband.setWidthFull();
        kommunikation.setHelperText(getTranslation("falt.kommunikation.hjalp"));
        add(new H2(getTranslation("sektion.arbetsorganisation")), arbetsgrupp, notering, resurserVidBehov,
                new H2(getTranslation("sektion.samband")), samband, sambandText,
                new H2(getTranslation("sektion.kommunikation")), kommunikation);
    }

    @Override
    public void las(Uppdragshandling h) {
        arbetsgrupp.satt(h.arbetsorganisation().medlemmar(), medlem -> new MedlemRad(valjare, medlem));
        notering.setValue(Falt.varde(h.arbetsorganisation().notering()));
        samband.setValue(h.samband().uppdrag());
        sambandText.setValue(Falt.varde(h.samband().text()));
        kommunikation.setValue(Falt.varde(h.kommunikation()));
    }

    @Override
    public boolean validera() {
        return arbetsgrupp.validera();
    }

    @Override
    public void visaFel(Map<String, String> fel) {
        arbetsgrupp.visaFel(fel.get("arbetsgrupp"));
        if (fel.containsKey("samband")) {
            Rad.markera(samband, true, fel.get("samband"));
        }
    }

    private static String medMeningen(String text) {
        return text.contains(Arbetsorganisation.RESURSER_VID_BEHOV) ? text
                : text.isBlank() ? Arbetsorganisation.RESURSER_VID_BEHOV : text.stripTrailing() + " " + Arbetsorganisation.RESURSER_VID_BEHOV;
    }

    private static String utanMeningen(String text) {
        return text.replace(Arbetsorganisation.RESURSER_VID_BEHOV, "").replaceAll("[ \\t]{2,}", " ").strip();
    }

    Arbetsorganisation arbetsorganisation() {
        return new Arbetsorganisation(arbetsgrupp.varden(), notering.getValue());
    }

    Samband samband() {
        return new Samband(List.copyOf(samband.getValue()), sambandText.getValue());
    }

    String kommunikation() {
        return kommunikation.getValue();
    }
}
