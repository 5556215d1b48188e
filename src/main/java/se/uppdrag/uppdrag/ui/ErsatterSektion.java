package se.uppdrag.uppdrag.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import se.uppdrag.uppdrag.Ersatter;
import se.uppdrag.uppdrag.UppdragRef;
import se.uppdrag.uppdrag.Uppdragshandling;

/** "Ersätter": nothing, an uppdrag in the system, or a document outside it named with its date. */
class ErsatterSektion extends VerticalLayout implements Sektion {

    enum Val { INGET, UPPDRAG, DOKUMENT }

    private final RadioButtonGroup<Val> val = new RadioButtonGroup<>();
    private final ComboBox<UppdragRef> uppdrag;
    private final TextField benamning = Falt.text(this, "falt.ersatter.benamning", 500);
    private final DatePicker datum = Falt.datum(this, "falt.ersatter.datum");
    private final FormLayout dokument = new FormLayout(benamning, datum);

    ErsatterSektion(Valjare valjare) {
        setPadding(false);
        uppdrag = valjare.uppdrag(getTranslation("falt.ersatter.uppdrag"));
        uppdrag.setWidthFull();
        val.setLabel(getTranslation("falt.ersatter"));
        val.setItems(Val.values());
        val.setItemLabelGenerator(v -> getTranslation("falt.ersatter." + v.name().toLowerCase()));
        val.addValueChangeListener(e -> visa(e.getValue()));
        add(new H2(getTranslation("sektion.ersatter")), val, uppdrag, dokument);
        val.setValue(Val.INGET);
    }

    private void visa(@Nullable Val valt) {
        uppdrag.setVisible(valt == Val.UPPDRAG);
        dokument.setVisible(valt == Val.DOKUMENT);
    }

    @Override
    public void las(Uppdragshandling h) {
        var ersatter = h.ersatter();
        if (ersatter == null) {
            val.setValue(Val.INGET);
        } else if (ersatter.uppdrag() != null) {
            val.setValue(Val.UPPDRAG);
            uppdrag.setValue(ersatter.uppdrag());
        } else {
            val.setValue(Val.DOKUMENT);
            benamning.setValue(Falt.varde(ersatter.benamning()));
            datum.setValue(ersatter.datum());
        }
    }

    @Override
    public boolean validera() {
        return switch (val.getValue()) {
            case UPPDRAG -> Rad.markera(uppdrag, uppdrag.getValue() == null, getTranslation("fel.ersatter-uppdrag"));
            case DOKUMENT -> Rad.markera(benamning, benamning.getValue().isBlank(), getTranslation("fel.ersatter-benamning"))
                    & Rad.markera(datum, datum.getValue() == null, getTranslation("fel.ersatter-datum"));
            case null, default -> true;
        };
    }

    @Override
    public void visaFel(Map<String, String> fel) {
        if (fel.containsKey("ersatter")) {
            Rad.markera(val.getValue() == Val.UPPDRAG ? uppdrag : benamning, true, fel.get("ersatter"));
        }
    }

    /** Whether the handling ersätter an earlier one (a revision, as the delegationsordning sees it). */
    boolean arRevidering() {
        return val.getValue() == Val.UPPDRAG || val.getValue() == Val.DOKUMENT;
    }

    void narValetAndras(Runnable lyssnare) {
        val.addValueChangeListener(e -> lyssnare.run());
    }

    @Nullable Ersatter ersatter() {
        return switch (val.getValue()) {
            case UPPDRAG -> Ersatter.uppdrag(uppdrag.getValue());
            case DOKUMENT -> Ersatter.dokument(benamning.getValue(), datum.getValue());
            case null, default -> null;
        };
    }
}
