package se.uppdrag.reporting.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import se.uppdrag.dokument.Dokument;

/** A report's document on screen, section by section: the same headings, paragraphs and tables as its PDF and XLSX. */
class DokumentVisning extends Div {

    DokumentVisning() {
        addClassName("rapport");
    }

    void visa(Dokument dokument) {
        removeAll();
        for (var sektion : dokument.sektioner()) {
            add(new H2(sektion.rubrik()));
            for (var block : sektion.block()) {
                switch (block) {
                    case Dokument.Stycke stycke -> add(new Paragraph(stycke.text()));
                    case Dokument.Tabell tabell -> add(tabell(tabell, sektion.rubrik()));
                    case Dokument.Punkter punkter -> punkter.punkter().forEach(p -> add(new Paragraph(p.text())));
                }
            }
        }
    }

    private static Grid<List<String>> tabell(Dokument.Tabell tabell, String namn) {
        var grid = new Grid<List<String>>();
        for (int i = 0; i < tabell.rubriker().size(); i++) {
            var kolumn = i;
            grid.addColumn(rad -> rad.get(kolumn)).setHeader(tabell.rubriker().get(i))
                    .setFlexGrow(tabell.bredder() == null ? 1 : tabell.bredder().get(i));
        }
        grid.setItems(tabell.rader());
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(tabell.rader().size() <= 50);
        grid.setAriaLabel(namn);
        return grid;
    }
}
