package se.uppdrag.reporting.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.function.Function;
import se.uppdrag.reporting.Rapporttexter;
import se.uppdrag.reporting.Uppfoljningsrapport;
import se.uppdrag.reporting.Uppfoljningsrapport.Forsenat;
import se.uppdrag.reporting.Uppfoljningsrapport.Indikatorrad;
import se.uppdrag.reporting.Uppfoljningsrapport.Rad;
import se.uppdrag.reporting.Uppfoljningsrapport.Tillkommande;
import se.uppdrag.uppdrag.UppdragId;

/** The report on screen: the day it shows, the counts, the status table, added uppdrag and late ones. */
class RapportInnehall extends Div {

    private final Rapporttexter t;
    private final Paragraph per = new Paragraph();
    private final Div antal = new Div();
    final Grid<Rad> rader = new Grid<>(Rad.class, false);
    final Grid<Tillkommande> tillkommande = new Grid<>(Tillkommande.class, false);
    final Grid<Forsenat> forsenade = new Grid<>(Forsenat.class, false);
    final Grid<Indikatorrad> indikatorer = new Grid<>(Indikatorrad.class, false);
    private final H2 indikatorRubrik;
    private final DokumentVisning ekonomi = new DokumentVisning();

    RapportInnehall(Rapporttexter t) {
        this.t = t;
        addClassName("rapport");
        antal.addClassName("rapport-antal");
        antal.setId("rapport-antal");
        per.getElement().setAttribute("aria-live", "polite");
        indikatorRubrik = rubrik("rapport.indikatorer.rubrik");
        kolumner();
        add(per, new Paragraph(t.text("rapport.forklaring")), rubrik("rapport.antal.rubrik"), antal,
                rubrik("rapport.tabell.rubrik"), rader, rubrik("rapport.tillkommande.rubrik"), tillkommande,
                rubrik("rapport.forsenade.rubrik"), forsenade, indikatorRubrik, indikatorer, ekonomi);
    }

    java.util.List<com.vaadin.flow.component.Component> antalKort() {
        return antal.getChildren().toList();
    }

    void visa(Uppfoljningsrapport rapport) {
        per.setText(t.period(rapport.period()) + ", " + (rapport.enhet() != null ? rapport.enhet()
                : t.text("rapport.alla-enheter")) + ". " + t.text("rapport.per", rapport.per().toString()));
        var a = rapport.antal();
        antal.removeAll();
        var rubriker = List.of("nya", "pagaende", "avslutade", "pausade", "strukna", "forsenade");
        var varden = List.of(a.nya(), a.pagaende(), a.avslutade(), a.pausade(), a.strukna(), a.forsenade());
        for (int i = 0; i < rubriker.size(); i++) {
            antal.add(Rapportdelar.antalKort(varden.get(i), t.text("rapport.antal." + rubriker.get(i)), "antal-" + rubriker.get(i)));
        }
        rader.setItems(rapport.rader());
        // grouped by plan and målområde once any uppdrag belongs to a plan (the rows come sorted so)
        rader.getColumnByKey("malomrade").setVisible(rapport.rader().stream().anyMatch(r -> !r.placering().utanPlan()));
        tillkommande.setItems(rapport.tillkommande());
        forsenade.setItems(rapport.forsenade());
        visaIndikatorer(rapport);
        var sektioner = new java.util.ArrayList<>(se.uppdrag.reporting.Ekonomitabeller.sektioner(rapport, t));
        sektioner.addAll(se.uppdrag.reporting.Ekonomitabeller.effekter(rapport, t));
        ekonomi.visa(new se.uppdrag.dokument.Dokument(List.of(), sektioner, null));
        // a short table shows whole; a long one scrolls within the page
        var kort = rapport.rader().size() <= 50;
        rader.setAllRowsVisible(kort);
        rader.setHeight(kort ? null : "70vh");
    }

    /** The indicators of the report's plans, for the year the period ends; the table is left out when there are none. */
    private void visaIndikatorer(Uppfoljningsrapport rapport) {
        var finns = !rapport.indikatorer().isEmpty();
        indikatorRubrik.setVisible(finns);
        indikatorer.setVisible(finns);
        indikatorer.removeAllColumns();
        if (!finns) {
            return;
        }
        var ar = rapport.period().till().getYear();
        var rubriker = t.indikatorRubriker(ar);
        if (rapport.indikatorer().stream().map(Indikatorrad::plan).distinct().count() > 1) {
            indikatorer.addColumn(Indikatorrad::plan).setHeader(t.text("rapport.kol.plan")).setAutoWidth(true);
        }
        for (int i = 0; i < rubriker.size(); i++) {
            var kolumn = i;
            indikatorer.addColumn(r -> t.indikator(r).get(kolumn)).setHeader(rubriker.get(i))
                    .setFlexGrow(i < 2 ? 3 : 1).setAutoWidth(i >= 2);
        }
        indikatorer.setItems(rapport.indikatorer());
    }

    private void kolumner() {
        rader.addColumn(r -> t.grupp(r.placering())).setHeader(t.text("rapport.kol.malomrade")).setKey("malomrade")
                .setFlexGrow(2).setVisible(false);
        lankkolumn(rader, Rad::id, Rapporttexter::uppdrag, "rapport.kol.uppdrag").setFlexGrow(3);
        rader.addColumn(t::tidplan).setHeader(t.text("rapport.kol.tidplan")).setFlexGrow(2);
        rader.addColumn(Rad::ansvarig).setHeader(t.text("rapport.kol.ansvarig")).setAutoWidth(true);
        rader.addColumn(t::status).setHeader(t.text("rapport.kol.status")).setFlexGrow(2)
                .setPartNameGenerator(rad -> rad.ljus() == null ? "ljus-inget" : "ljus-" + rad.ljus().name().toLowerCase());
        rader.addColumn(t::kommentar).setHeader(t.text("rapport.kol.kommentar")).setFlexGrow(3);
        lankkolumn(tillkommande, Tillkommande::id, Rapporttexter::uppdrag, "rapport.kol.uppdrag").setFlexGrow(3);
        tillkommande.addColumn(r -> r.beslutsdatum().toString()).setHeader(t.text("rapport.tillkommande.beslutat"))
                .setAutoWidth(true);
        tillkommande.addColumn(r -> String.join(", ", r.uppdragsgivare()))
                .setHeader(t.text("rapport.tillkommande.uppdragsgivare")).setFlexGrow(2);
        tillkommande.addColumn(Tillkommande::ansvarig).setHeader(t.text("rapport.kol.ansvarig")).setAutoWidth(true);
        lankkolumn(forsenade, Forsenat::id, Rapporttexter::uppdrag, "rapport.kol.uppdrag").setFlexGrow(3);
        forsenade.addColumn(Forsenat::ansvarig).setHeader(t.text("rapport.kol.ansvarig")).setAutoWidth(true);
        forsenade.addColumn(t::senast).setHeader(t.text("rapport.forsenade.senast")).setAutoWidth(true);
        forsenade.addColumn(r -> String.valueOf(r.dagar())).setHeader(t.text("rapport.forsenade.dagar")).setAutoWidth(true);
        indikatorer.setAriaLabel(t.text("rapport.indikatorer.rubrik"));
        indikatorer.setAllRowsVisible(true);
        for (var grid : List.<Grid<?>>of(rader, tillkommande, forsenade, indikatorer)) {
            grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        }
        rader.setAriaLabel(t.text("rapport.tabell.rubrik"));
        tillkommande.setAriaLabel(t.text("rapport.tillkommande.rubrik"));
        forsenade.setAriaLabel(t.text("rapport.forsenade.rubrik"));
        rader.setEmptyStateText(t.text("rapport.inga-uppdrag"));
        tillkommande.setEmptyStateText(t.text("rapport.tillkommande.inga"));
        forsenade.setEmptyStateText(t.text("rapport.forsenade.inga"));
        tillkommande.setAllRowsVisible(true);
        forsenade.setAllRowsVisible(true);
    }

    private <T> Grid.Column<T> lankkolumn(Grid<T> grid, Function<T, UppdragId> id, Function<T, String> text,
            String rubrik) {
        return Rapportdelar.uppdragskolumn(grid, id, text, t.text(rubrik));
    }

    private H2 rubrik(String nyckel) {
        return new H2(t.text(nyckel));
    }
}
