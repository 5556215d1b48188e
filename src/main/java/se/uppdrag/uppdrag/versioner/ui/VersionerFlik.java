package se.uppdrag.uppdrag.versioner.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import se.uppdrag.text.Tidsformat;
import se.uppdrag.uppdrag.UppdragHistorikService.Version;
import se.uppdrag.uppdrag.UppdragId;
import se.uppdrag.uppdrag.UppdragStatus;
import se.uppdrag.uppdrag.versioner.VersionJamforelseService;

/**
 * The versions kept when the uppdrag was sent på remiss or för beslut, and two of them (or one and the current
 * text) compared section by section. By default: a draft's last version against its current text, otherwise the
 * last two versions.
 */
public class VersionerFlik extends Div {

    private final UppdragId id;
    private final Tidsformat tid;
    private final VersionJamforelseService jamforelse;
    private final List<Version> versioner;
    private final Select<Integer> fran = new Select<>();
    private final Select<Integer> till = new Select<>();
    private final Div resultat = new Div();

    public VersionerFlik(UppdragId id, UppdragStatus status, List<Version> versioner, VersionJamforelseService jamforelse,
            Tidsformat tid) {
        this.id = id;
        this.tid = tid;
        this.versioner = versioner;
        this.jamforelse = jamforelse;
        addClassName("versioner-flik");
        add(new H3(getTranslation("versioner.rubrik")));
        if (versioner.isEmpty()) {
            add(new Paragraph(getTranslation("versioner.ingen")));
            return;
        }
        add(tabell());
        var val = new ArrayList<>(versioner.stream().map(Version::nummer).toList());
        val.add(VersionJamforelseService.AKTUELL);
        for (var select : List.of(fran, till)) {
            select.setItems(val);
            select.setItemLabelGenerator(this::etikett);
        }
        fran.setLabel(getTranslation("versioner.fran"));
        till.setLabel(getTranslation("versioner.till"));
        var sista = versioner.getLast().nummer();
        var motAktuell = status == UppdragStatus.UTKAST || versioner.size() == 1;
        fran.setValue(motAktuell ? sista : versioner.get(versioner.size() - 2).nummer());
        till.setValue(motAktuell ? VersionJamforelseService.AKTUELL : sista);
        fran.addValueChangeListener(e -> jamfor());
        till.addValueChangeListener(e -> jamfor());
        var valen = new HorizontalLayout(fran, till);
        valen.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(valen, resultat);
        jamfor();
    }

    private void jamfor() {
        resultat.removeAll();
        if (fran.getValue() == null || till.getValue() == null) {
            return;
        }
        resultat.add(new H3(getTranslation("jamforelse.rubrik", etikett(fran.getValue()), etikett(till.getValue()))),
                new JamforelseVisning(jamforelse.jamfor(id, fran.getValue(), till.getValue())));
    }

    private String etikett(Integer nummer) {
        if (nummer == VersionJamforelseService.AKTUELL) {
            return getTranslation("versioner.aktuell");
        }
        var version = versioner.stream().filter(v -> Objects.equals(v.nummer(), nummer)).findFirst().orElseThrow();
        return getTranslation("versioner.version", version.nummer(), tid.minut(version.skapad()), anledning(version));
    }

    private String anledning(Version version) {
        return getTranslation("versioner.anledning." + version.anledning());
    }

    private NativeTable tabell() {
        var tabell = new NativeTable();
        tabell.addClassName("versioner-tabell");
        tabell.setCaptionText(getTranslation("versioner.rubrik"));
        var rubriker = new NativeTableRow();
        for (var nyckel : new String[] {"versioner.kolumn.nummer", "versioner.kolumn.datum", "versioner.kolumn.anledning"}) {
            rubriker.add(new NativeTableHeaderCell(getTranslation(nyckel)));
        }
        tabell.add(new NativeTableHeader(rubriker));
        var kropp = new NativeTableBody();
        versioner.forEach(v -> kropp.add(new NativeTableRow(new NativeTableCell(String.valueOf(v.nummer())),
                new NativeTableCell(tid.minut(v.skapad())), new NativeTableCell(anledning(v)))));
        tabell.add(kropp);
        return tabell;
    }
}
