package se.uppdrag.reporting.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import se.uppdrag.dokument.Dokument;
import se.uppdrag.reporting.Rapporttexter;
import se.uppdrag.reporting.Uppfoljningsrapport;
import se.uppdrag.reporting.internal.Uppfoljningsdokument;

/**
 * The report on screen: the day it shows and the counts as cards, then the rest of its document as the PDF has it
 * (per plan and målområde when its uppdrag belong to plans), each uppdrag linked from the tables.
 */
class RapportInnehall extends Div {

    private final Rapporttexter t;
    private final Paragraph per = new Paragraph();
    private final Div antal = new Div();
    private final DokumentVisning delar = new DokumentVisning();

    RapportInnehall(Rapporttexter t) {
        this.t = t;
        addClassName("rapport");
        antal.addClassName("rapport-antal");
        antal.setId("rapport-antal");
        per.getElement().setAttribute("aria-live", "polite");
        add(per, new Paragraph(t.text("rapport.forklaring")), new H2(t.text("rapport.antal.rubrik")), antal, delar);
    }

    List<Component> antalKort() {
        return antal.getChildren().toList();
    }

    /** A report with the rest of its document, drawn up off the UI thread (it reads only the texts). */
    record Visning(Uppfoljningsrapport rapport, List<Dokument.Sektion> delar) {
    }

    Visning forbered(Uppfoljningsrapport rapport) {
        return new Visning(rapport, Uppfoljningsdokument.delar(rapport, t, Map.of()));
    }

    void visa(Uppfoljningsrapport rapport) {
        visa(forbered(rapport));
    }

    void visa(Visning visning) {
        var rapport = visning.rapport();
        per.setText(t.period(rapport.period()) + ", " + (rapport.enhet() != null ? rapport.enhet()
                : t.text("rapport.alla-enheter")) + ". " + t.text("rapport.per", rapport.per().toString()));
        var a = rapport.antal();
        antal.removeAll();
        var rubriker = List.of("nya", "pagaende", "avslutade", "pausade", "strukna", "forsenade");
        var varden = List.of(a.nya(), a.pagaende(), a.avslutade(), a.pausade(), a.strukna(), a.forsenade());
        for (int i = 0; i < rubriker.size(); i++) {
            antal.add(Rapportdelar.antalKort(varden.get(i), t.text("rapport.antal." + rubriker.get(i)), "antal-" + rubriker.get(i)));
        }
        delar.visa(visning.delar());
    }

    /** The table of that name ("Uppdrag och status", or for a part "Uppdrag och status – Plan – Målområde"). */
    Grid<DokumentVisning.Rad> tabell(String namn) {
        return Objects.requireNonNull(delar.tabell(namn), () -> "no table " + namn + " among " + delar.tabellnamn());
    }

    List<String> tabellnamn() {
        return delar.tabellnamn();
    }

    DokumentVisning delar() {
        return delar;
    }
}
