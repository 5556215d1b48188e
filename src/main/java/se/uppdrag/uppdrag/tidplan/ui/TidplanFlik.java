package se.uppdrag.uppdrag.tidplan.ui;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import se.uppdrag.uppdrag.tidplan.Aktivitetslage;
import se.uppdrag.uppdrag.tidplan.Tidplansbild;
import se.uppdrag.uppdrag.tidplan.UppdragTidplan;

/** The uppdrag's tidplan as a timeline (SVG) and, with the same data, as a table for screen readers and keyboards. */
public class TidplanFlik extends Div {

    public TidplanFlik(Tidplansbild bild) {
        addClassName("tidplan-flik");
        var uppdrag = bild.uppdrag().getFirst();
        var idag = bild.idag();
        var rader = new Tidplansrader(this);
        var datum = new Paragraph(getTranslation("tidplan.datum", uppdrag.beslutsdatum() == null ? "–" : uppdrag.beslutsdatum().toString(),
                streck(uppdrag.slutleverans()), streck(uppdrag.aterredovisning()), idag.toString()));
        datum.addClassName("tidplan-datum");
        add(datum);
        var svgRader = rader.forUppdrag(uppdrag, idag);
        var markeringar = rader.markeringar(uppdrag);
        if (!TidplanSvg.visarIdag(svgRader, markeringar, idag)) {
            add(new Paragraph(getTranslation("tidplan.idag-utanfor", idag.toString())));
        }
        var titel = getTranslation("tidplan.svg.titel", uppdrag.titel());
        var svg = new Svg(TidplanSvg.rita("tidplan-" + uppdrag.id().value(), titel,
                beskrivning(uppdrag, idag), svgRader, idag, rader.idag(idag), markeringar, getLocale()));
        add(new Rullyta(svg, titel));
        if (uppdrag.aktiviteter().isEmpty()) {
            add(new Paragraph(getTranslation("tidplan.inga-aktiviteter")));
        } else {
            add(new H3(getTranslation("tidplan.tabell")), tabell(uppdrag, idag, rader));
        }
    }

    private String beskrivning(UppdragTidplan uppdrag, LocalDate idag) {
        var klara = uppdrag.aktiviteter().stream().filter(a -> a.klar() != null).count();
        return getTranslation("tidplan.beskrivning", uppdrag.aktiviteter().size(), klara, uppdrag.forsenadeAktiviteter(idag), idag.toString());
    }

    private NativeTable tabell(UppdragTidplan uppdrag, LocalDate idag, Tidplansrader rader) {
        var tabell = new NativeTable();
        tabell.addClassName("tidplan-tabell");
        tabell.setCaptionText(getTranslation("tidplan.svg.titel", uppdrag.titel()));
        var rubriker = new NativeTableRow();
        for (var nyckel : new String[] {"tidplan.kolumn.aktivitet", "tidplan.kolumn.period", "tidplan.kolumn.ansvarig", "tidplan.kolumn.lage"}) {
            rubriker.add(new NativeTableHeaderCell(getTranslation(nyckel)));
        }
        tabell.add(new NativeTableHeader(rubriker));
        var kropp = new NativeTableBody();
        for (Aktivitetslage a : uppdrag.aktiviteter()) {
            var lage = new NativeTableCell(rader.lage(uppdrag, a, idag));
            lage.addClassName("lage");
            var rad = new NativeTableRow(new NativeTableCell(a.namn()), new NativeTableCell(a.period().visning()),
                    new NativeTableCell(Objects.toString(a.ansvarig(), "–")), lage);
            rad.addClassName(uppdrag.lage(a, idag).name().toLowerCase(java.util.Locale.ROOT));
            kropp.add(rad);
        }
        tabell.add(kropp);
        return tabell;
    }

    private static String streck(@Nullable LocalDate datum) {
        return datum == null ? "–" : datum.toString();
    }
}
