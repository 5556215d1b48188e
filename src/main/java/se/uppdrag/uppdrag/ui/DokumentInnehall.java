package se.uppdrag.uppdrag.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import se.uppdrag.dokument.Dokument;
import se.uppdrag.uppdrag.Uppdragshandling;
import se.uppdrag.uppdrag.dokument.Dokumentmall;

/**
 * The uppdragshandling on screen as the paper document reads (the same {@link Dokument} as the PDF); its wording is
 * the document's own Swedish, an official record, so it is not translated with the rest of the UI.
 */
class DokumentInnehall extends Div {

    DokumentInnehall(Uppdragshandling h) {
        addClassName("dokument");
        var dokument = Dokumentmall.av(h);
        var huvud = new Div();
        dokument.huvud().forEach(rad -> huvud.add(new Paragraph(rad)));
        huvud.addClassName("dokument-huvud");
        add(huvud);
        dokument.sektioner().forEach(sektion -> {
            var div = new Div(new H2(sektion.rubrik()));
            div.addClassName("dokument-sektion");
            sektion.block().forEach(block -> div.add(komponent(block)));
            add(div);
        });
    }

    private static Component komponent(Dokument.Block block) {
        return switch (block) {
            case Dokument.Stycke stycke -> stycke(stycke);
            case Dokument.Punkter punkter -> {
                var lista = new UnorderedList();
                punkter.punkter().forEach(p -> lista.add(new ListItem(p.lank() == null ? new com.vaadin.flow.component.html.Span(p.text())
                        : new Anchor(p.lank(), p.text()))));
                yield lista;
            }
            case Dokument.Tabell tabell -> {
                var tabellen = new NativeTable();
                var rubriker = new NativeTableRow();
                tabell.rubriker().forEach(r -> rubriker.add(new NativeTableHeaderCell(r)));
                tabellen.add(new NativeTableHeader(rubriker));
                var kropp = new NativeTableBody();
                tabell.rader().forEach(rad -> {
                    var tr = new NativeTableRow();
                    rad.forEach(cell -> tr.add(new NativeTableCell(cell)));
                    kropp.add(tr);
                });
                tabellen.add(kropp);
                tabellen.addClassName("tidplan");
                yield tabellen;
            }
            case Dokument.Diagram diagram -> new com.vaadin.flow.component.Svg(se.uppdrag.dokument.DokumentSvg.skriv(diagram));
        };
    }

    private static Component stycke(Dokument.Stycke stycke) {
        var paragraf = new Paragraph();
        if (stycke.lank() != null) {
            paragraf.add(new Anchor(stycke.lank(), stycke.text()));
        } else {
            paragraf.setText(stycke.text());
        }
        if (stycke.klass() != null) {
            paragraf.addClassName(stycke.klass());
        }
        return paragraf;
    }
}
