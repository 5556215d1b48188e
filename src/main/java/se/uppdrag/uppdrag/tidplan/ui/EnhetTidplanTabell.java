package se.uppdrag.uppdrag.tidplan.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import se.uppdrag.uppdrag.tidplan.Aktivitetslage;
import se.uppdrag.uppdrag.tidplan.Tidplansbild;
import se.uppdrag.uppdrag.tidplan.UppdragTidplan;

/** A unit's timeline as a table: each uppdrag linked, its dates and state, and its activities with theirs. */
class EnhetTidplanTabell extends NativeTable {

    private static final String[] KOLUMNER = {"tidplan.kolumn.uppdrag", "kolumn.diarienummer", "kolumn.uppdragstagare",
        "tidplan.kolumn.start", "tidplan.kolumn.aterredovisning", "tidplan.kolumn.lage", "tidplan.kolumn.aktiviteter"};

    EnhetTidplanTabell(String enhet, Tidplansbild bild) {
        addClassName("tidplan-tabell");
        setCaptionText(getTranslation("tidplan.svg.enhet", enhet));
        var rubriker = new NativeTableRow();
        for (var nyckel : KOLUMNER) {
            rubriker.add(new NativeTableHeaderCell(getTranslation(nyckel)));
        }
        add(new NativeTableHeader(rubriker));
        var rader = new Tidplansrader(this);
        var kropp = new NativeTableBody();
        bild.uppdrag().forEach(u -> kropp.add(rad(u, bild.idag(), rader)));
        add(kropp);
    }

    private NativeTableRow rad(UppdragTidplan u, LocalDate idag, Tidplansrader rader) {
        var lage = new NativeTableCell(rader.lage(u, idag));
        lage.addClassName("lage");
        var aktiviteter = new UnorderedList();
        for (Aktivitetslage a : u.aktiviteter()) {
            var punkt = new ListItem(a.namn() + " (" + a.period().visning() + "): " + rader.lage(u, a, idag));
            punkt.addClassName(u.lage(a, idag).name().toLowerCase(Locale.ROOT));
            aktiviteter.add(punkt);
        }
        var rad = new NativeTableRow(new NativeTableCell(new Anchor("uppdrag/" + u.id().value(), u.titel())),
                new NativeTableCell(Objects.toString(u.diarienummer(), "–")), new NativeTableCell(Objects.toString(u.uppdragstagare(), "–")),
                new NativeTableCell(u.start().toString()), new NativeTableCell(Objects.toString(u.aterredovisning(), "–")), lage,
                new NativeTableCell(aktiviteter));
        if (u.arForsenat(idag)) {
            rad.addClassName("forsenad");
        }
        return rad;
    }
}
