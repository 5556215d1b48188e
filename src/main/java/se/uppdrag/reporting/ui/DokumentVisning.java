package se.uppdrag.reporting.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import se.uppdrag.dokument.Dokument;
import se.uppdrag.dokument.DokumentSvg;

/**
 * A report's document on screen, section by section: the same headings (a part's as H2, its sub-sections' as H3),
 * paragraphs, tables and diagrams (as SVG drawn on the server) as its PDF and XLSX. A table's first column links to the
 * uppdrag its row is about.
 */
class DokumentVisning extends Div {

    /** A table's row on screen: its cells and what the screen adds. */
    record Rad(List<String> celler, Dokument.Radmarkering markering) {
    }

    private final java.util.Map<String, Grid<Rad>> tabeller = new java.util.LinkedHashMap<>();

    DokumentVisning() {
        addClassName("rapport");
    }

    void visa(Dokument dokument) {
        visa(dokument.sektioner());
    }

    void visa(List<Dokument.Sektion> sektioner) {
        removeAll();
        tabeller.clear();
        @Nullable String del = null;
        for (var sektion : sektioner) {
            var under = sektion.niva() == 2 && del != null;
            add(under ? new H3(sektion.rubrik()) : new H2(sektion.rubrik()));
            del = under ? del : sektion.rubrik();
            var namn = under ? sektion.rubrik() + " – " + del : sektion.rubrik();
            for (var block : sektion.block()) {
                switch (block) {
                    case Dokument.Stycke stycke -> add(stycke(stycke));
                    case Dokument.Tabell tabell -> add(tabell(tabell, namn));
                    case Dokument.Punkter punkter -> punkter.punkter().forEach(p -> add(stycke(p)));
                    case Dokument.Diagram diagram -> add(diagram(diagram));
                }
            }
        }
    }

    /** The table shown under that name (its aria-label): its section's heading and, for a sub-section, its part's. */
    @Nullable Grid<Rad> tabell(String namn) {
        return tabeller.get(namn);
    }

    /** The names of the tables shown, in order. */
    List<String> tabellnamn() {
        return List.copyOf(tabeller.keySet());
    }

    private static Component stycke(Dokument.Stycke stycke) {
        return stycke.lank() == null ? new Paragraph(stycke.text()) : new Paragraph(new Anchor(stycke.lank(), stycke.text()));
    }

    private static Component diagram(Dokument.Diagram diagram) {
        var bild = new Svg(DokumentSvg.skriv(diagram));
        bild.addClassName("diagram");
        return bild;
    }

    private Grid<Rad> tabell(Dokument.Tabell tabell, String namn) {
        var grid = new Grid<Rad>();
        var lankar = tabell.markeringar().stream().anyMatch(m -> m.lank() != null);
        for (int i = 0; i < tabell.rubriker().size(); i++) {
            var kolumn = i;
            var column = i == 0 && lankar
                    ? grid.addColumn(LitRenderer.<Rad>of("<a href=\"${item.lank}\" ?hidden=\"${!item.lank}\">${item.text}</a>"
                                    + "<span ?hidden=\"${item.lank}\">${item.text}</span>")
                            .withProperty("lank", rad -> rad.markering().lank()).withProperty("text", rad -> cell(rad, 0)))
                    : grid.addColumn(rad -> cell(rad, kolumn));
            column.setHeader(tabell.rubriker().get(i)).setFlexGrow(tabell.bredder() == null ? 1 : tabell.bredder().get(i));
            if (i == 0) {
                column.setPartNameGenerator(rad -> rad.markering().klass());
            }
        }
        var rader = new ArrayList<Rad>();
        for (int r = 0; r < tabell.rader().size(); r++) {
            rader.add(new Rad(tabell.rader().get(r), tabell.markeringar().isEmpty() ? new Dokument.Radmarkering(null, null)
                    : tabell.markeringar().get(r)));
        }
        grid.setItems(rader);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        // a short table shows whole; a long one scrolls within the page
        var kort = rader.size() <= 50;
        grid.setAllRowsVisible(kort);
        grid.setHeight(kort ? null : "70vh");
        grid.setAriaLabel(namn);
        tabeller.putIfAbsent(namn, grid);
        return grid;
    }

    private static String cell(Rad rad, int kolumn) {
        return kolumn < rad.celler().size() ? rad.celler().get(kolumn) : "";
    }
}
