package se.uppdrag.uppdrag.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import se.uppdrag.uppdrag.Beslutsfattare;
import se.uppdrag.uppdrag.Beslutskrav;
import se.uppdrag.uppdrag.Beslutsform;
import se.uppdrag.uppdrag.Finansiering;
import se.uppdrag.uppdrag.Uppdragshandling;

/** Kostnader och finansiering, and Form för beslut. The decision date is shown, never edited. */
class BeslutSektion extends VerticalLayout implements Sektion {

    private final Beslutsratten beslutsratten;
    private final TextArea finansiering = Falt.textyta(this, "falt.finansiering");
    private final BigDecimalField belopp = new BigDecimalField();
    private final com.vaadin.flow.component.textfield.TextField effekt = new com.vaadin.flow.component.textfield.TextField();
    private final TextArea rapportering = Falt.textyta(this, "falt.rapportering");
    private final RadLista<Beslutsfattare> beslutsfattare;
    private final Paragraph beslutsdatum = new Paragraph();
    private final Paragraph utanBeslutsratt = new Paragraph();

    BeslutSektion(Beslutsratten beslutsratten) {
        this.beslutsratten = beslutsratten;
        setPadding(false);
        finansiering.setPlaceholder(getTranslation("falt.finansiering.exempel"));
        effekt.setLabel(getTranslation("falt.beraknad-effekt"));
        effekt.setPlaceholder(getTranslation("falt.beraknad-effekt.exempel"));
        effekt.setHelperText(getTranslation("falt.beraknad-effekt.hjalp"));
        effekt.setMaxLength(se.uppdrag.uppdrag.Finansiering.LANGSTA_EFFEKT);
        effekt.setWidthFull();
        belopp.setLabel(getTranslation("falt.belopp"));
        belopp.setSuffixComponent(new com.vaadin.flow.component.html.Span("kr"));
        belopp.setI18n(new BigDecimalField.BigDecimalFieldI18n().setBadInputErrorMessage(getTranslation("fel.belopp-format")));
        rapportering.setPlaceholder(getTranslation("falt.rapportering.exempel"));
        beslutsfattare = new RadLista<>(getTranslation("falt.beslutsfattarna"), getTranslation("knapp.lagg-till-beslutsfattare"),
                getTranslation("rad.beslutsfattare"), () -> new BeslutsfattarRad(beslutsratten, null));
        beslutsfattare.kravsForBeslut(getTranslation("falt.beslutsfattarna.krav"));
        beslutsfattare.narAndrad(() -> {
            if (!beslutsfattare.varden().isEmpty()) {
                beslutsfattare.visaFel(null);
            }
        });
        beslutsdatum.addClassName("beslutsdatum");
        utanBeslutsratt.addClassName("beslutsratt-varning");
        utanBeslutsratt.getElement().setAttribute("role", "status");
        utanBeslutsratt.setVisible(false);
        beslutsfattare.narAndrad(this::visaUtanBeslutsratt);
        beslutsratten.narAndrad(this::visaUtanBeslutsratt);
        add(new H2(getTranslation("sektion.finansiering")), finansiering, belopp, effekt,
                new H2(getTranslation("sektion.beslut")), rapportering, beslutsfattare, utanBeslutsratt, beslutsdatum);
    }

    /** Under the beslutsfattare: none of those chosen may decide the uppdrag, so it cannot be sent för beslut. */
    private void visaUtanBeslutsratt() {
        var valda = beslutsfattare.varden();
        var ingen = !valda.isEmpty() && valda.stream().noneMatch(b -> beslutsratten.har(b.person()));
        utanBeslutsratt.setText(ingen ? getTranslation(beslutsratten.arInlagd() ? "beslutsratt.ingen-vald"
                : "beslutsratt.fel.ingen-ordning") : "");
        utanBeslutsratt.setVisible(ingen);
    }

    /** The warning under the beslutsfattare, when none of them has authority; null otherwise. */
    @org.jspecify.annotations.Nullable String utanBeslutsratt() {
        return utanBeslutsratt.isVisible() ? utanBeslutsratt.getText() : null;
    }

    /** Marks the beslutsfattare with the warning that none of them may decide the uppdrag. */
    void visaBeslutsrattFel(String text) {
        beslutsfattare.visaFel(text);
    }

    /** Calls back when the amount changes (the authority depends on it). */
    void narBeloppAndras(Runnable lyssnare) {
        belopp.addValueChangeListener(e -> lyssnare.run());
    }

    @org.jspecify.annotations.Nullable BigDecimal belopp() {
        return belopp.isInvalid() ? null : belopp.getValue();
    }

    @Override
    public void las(Uppdragshandling h) {
        finansiering.setValue(Falt.varde(h.finansiering().text()));
        belopp.setValue(h.finansiering().beloppKr());
        effekt.setValue(h.finansiering().beraknadEffekt() == null ? "" : h.finansiering().beraknadEffekt());
        rapportering.setValue(Falt.varde(h.beslutsform().rapporteringTill()));
        beslutsfattare.satt(h.beslutsform().beslutsfattare(), b -> new BeslutsfattarRad(beslutsratten, b));
        var datum = h.beslutsform().beslutsdatum();
        beslutsdatum.setText(getTranslation("dokument.datum-for-beslut") + ": " + (datum == null
                ? getTranslation("dokument.beslutsdatum-platshallare") : datum + " (" + h.beslutsform().beslutadAv() + ")"));
    }

    @Override
    public boolean validera() {
        var varde = belopp.getValue();
        var beloppOk = Rad.markera(belopp, belopp.isInvalid() && varde == null || varde != null && varde.signum() < 0,
                getTranslation("fel.belopp"));
        return beslutsfattare.validera() & beloppOk;
    }

    @Override
    public void visaFel(Map<String, String> fel) {
        if (fel.containsKey("belopp")) {
            Rad.markera(belopp, true, fel.get("belopp"));
        }
        if (fel.containsKey("beraknadEffekt")) {
            Rad.markera(effekt, true, fel.get("beraknadEffekt"));
        }
        beslutsfattare.visaFel(fel.get("beslutsfattare"));
    }

    @Override
    public void visaBeslutskrav(Collection<Beslutskrav> saknas) {
        if (saknas.contains(Beslutskrav.BESLUTSFATTARE)) {
            beslutsfattare.visaFel(getTranslation(Beslutskrav.BESLUTSFATTARE.felnyckel()));
        }
    }

    @Override
    public void narBeslutskravAndras(Runnable lyssnare) {
        beslutsfattare.narAndrad(lyssnare);
    }

    /** The beslutsfattare filled in so far (rows without a person are not counted). */
    List<Beslutsfattare> beslutsfattare() {
        return beslutsfattare.varden();
    }

    Finansiering finansiering() {
        BigDecimal varde = belopp.getValue();
        return new Finansiering(finansiering.getValue(), varde, effekt.getValue());
    }

    Beslutsform beslutsform(Uppdragshandling original) {
        return new Beslutsform(rapportering.getValue(), beslutsfattare.varden(), original.beslutsform().beslutsdatum(),
                original.beslutsform().beslutadAv());
    }
}
