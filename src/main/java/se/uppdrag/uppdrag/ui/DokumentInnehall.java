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
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import se.uppdrag.personer.Person;
import se.uppdrag.uppdrag.Mottagare;
import se.uppdrag.uppdrag.Uppdragshandling;

/**
 * The uppdragshandling as the paper document reads: its sections in order, with the document's own Swedish
 * wording (it is an official record, so it is not translated with the rest of the UI).
 */
class DokumentInnehall extends Div {

    static final String BESLUTSDATUM_PLATSHALLARE = "ÅÅÅÅ-MM-DD (ifylls av beslutsfattaren vid godkännande)";

    DokumentInnehall(Uppdragshandling h) {
        addClassName("dokument");
        var huvud = h.huvud();
        var organisation = huvud.enhet() == null ? huvud.organisation() : huvud.organisation() + " – " + huvud.enhet();
        var sidhuvud = new Div(new Paragraph(organisation), new Paragraph("Datum " + huvud.datum()),
                new Paragraph("Diarienummer " + (h.diarienummer() == null ? "–" : h.diarienummer())));
        sidhuvud.addClassName("dokument-huvud");
        add(sidhuvud);
        sektion("Uppdrag", new Paragraph(h.titel()));
        sektion("Uppdragsgivare", new Paragraph(namn(h.uppdragsgivare())));
        sektion("Uppdragstagare", new Paragraph(h.uppdragstagare() == null ? "–" : h.uppdragstagare().namnOchTitel()));
        ersatter(h);
        sektion("Uppdragsbeskrivning", stycken(h.beskrivning()));
        sektion("Uppdraget innefattar", punkter(h.innefattar()));
        sektion("Uppdraget ska", punkter(h.ska()));
        arbetsorganisation(h);
        samband(h);
        sektion("Kommunikation", stycken(h.kommunikation()));
        tidplan(h);
        finansiering(h);
        beslut(h);
        sektion("Uppdraget skickas till", new Paragraph("För genomförande:"), mottagare(h.distribution().forGenomforande()),
                new Paragraph("För kännedom:"), mottagare(h.distribution().forKannedom()));
    }

    private void sektion(String rubrik, Component... innehall) {
        var sektion = new Div(new H2(rubrik));
        sektion.add(innehall);
        sektion.addClassName("dokument-sektion");
        add(sektion);
    }

    private void ersatter(Uppdragshandling h) {
        var ersatter = h.ersatter();
        if (ersatter == null) {
            return;
        }
        if (ersatter.uppdrag() != null) {
            var text = new Paragraph("Observera: denna uppdragshandling ersätter tidigare uppdragshandling ");
            text.add(new Anchor("uppdrag/" + ersatter.uppdrag().id().value(), ersatter.uppdrag().visning()), new Div());
            sektion("Ersätter", text);
        } else {
            sektion("Ersätter", new Paragraph("Observera: denna uppdragshandling ersätter tidigare uppdragshandling benämnd ”"
                    + ersatter.benamning() + "”, daterad " + ersatter.datum() + "."));
        }
    }

    private void arbetsorganisation(Uppdragshandling h) {
        var org = h.arbetsorganisation();
        var lista = new UnorderedList();
        org.medlemmar().forEach(m -> lista.add(new ListItem(m.roll() == null ? m.person().namn() : m.person().namn() + ", " + m.roll())));
        var ledare = org.medlemmar().stream().filter(m -> m.projektledare() || m.sammanstallande()).map(m -> m.person().namn()).toList();
        var tagare = h.uppdragstagare();
        var ledning = !ledare.isEmpty() ? String.join(" och ", ledare) : tagare == null ? null : tagare.namn();
        sektion("Arbetsorganisation", new Paragraph("Arbetsgruppen utgörs av:"), lista,
                new Paragraph(ledning == null ? "" : "Sammanställande och projektledare: " + ledning + "."),
                stycken(org.notering()));
    }

    private void samband(Uppdragshandling h) {
        var lista = new UnorderedList();
        h.samband().uppdrag().forEach(ref -> lista.add(new ListItem(new Anchor("uppdrag/" + ref.id().value(), ref.visning()))));
        sektion("Samband och gränsdragning", stycken(h.samband().text()), lista);
    }

    private void tidplan(Uppdragshandling h) {
        var tidplan = h.tidplan();
        var tabell = new NativeTable();
        var rubriker = new NativeTableRow(new NativeTableHeaderCell("Aktivitet"), new NativeTableHeaderCell("Tidplan"),
                new NativeTableHeaderCell("Ansvarig"));
        tabell.add(new NativeTableHeader(rubriker));
        var kropp = new NativeTableBody();
        tidplan.aktiviteter().forEach(a -> kropp.add(new NativeTableRow(new NativeTableCell(a.namn()),
                new NativeTableCell(a.period().visning()), new NativeTableCell(a.ansvarig() == null ? "" : a.ansvarig().namn()))));
        tabell.add(kropp);
        tabell.addClassName("tidplan");
        sektion("Tidplan", stycken(tidplan.prioritet()), new Paragraph(tidplan.slutleverans() == null
                ? "Slutleverans: återredovisning inom 90 dagar efter beslut."
                : "Slutleverans senast " + tidplan.slutleverans() + "."), tabell);
    }

    private void finansiering(Uppdragshandling h) {
        var belopp = h.finansiering().beloppKr();
        sektion("Kostnader och finansiering", stycken(h.finansiering().text()),
                new Paragraph(belopp == null ? "" : kronor(belopp)));
    }

    private void beslut(Uppdragshandling h) {
        var form = h.beslutsform();
        var datum = form.beslutsdatum() == null ? BESLUTSDATUM_PLATSHALLARE : form.beslutsdatum().toString();
        var datumrad = new Paragraph("Datum för beslut: " + datum);
        datumrad.addClassName("beslutsdatum");
        sektion("Form för beslut när uppdraget är klart", stycken(form.rapporteringTill()), datumrad,
                new Paragraph(namn(form.beslutsfattare().stream().map(b -> b.person()).toList())));
    }

    /** "1 250 000 kr", or with öre when there are any: "1 250 000,50 kr". */
    static String kronor(java.math.BigDecimal belopp) {
        var format = NumberFormat.getNumberInstance(Locale.of("sv", "SE"));
        var heltal = belopp.stripTrailingZeros().scale() <= 0;
        format.setMinimumFractionDigits(heltal ? 0 : 2);
        format.setMaximumFractionDigits(2);
        return format.format(belopp) + " kr";
    }

    private static Component mottagare(List<Mottagare> mottagare) {
        var lista = new UnorderedList();
        mottagare.forEach(m -> lista.add(new ListItem(m.visning())));
        return lista;
    }

    private static String namn(List<Person> personer) {
        var namn = personer.stream().map(Person::namn).toList();
        if (namn.size() <= 1) {
            return namn.isEmpty() ? "–" : namn.getFirst();
        }
        return String.join(", ", namn.subList(0, namn.size() - 1)) + " och " + namn.getLast();
    }

    private static Component punkter(List<String> punkter) {
        var lista = new UnorderedList();
        punkter.forEach(p -> lista.add(new ListItem(p)));
        return lista;
    }

    private static Component stycken(@Nullable String text) {
        var div = new Div();
        if (text != null) {
            for (var stycke : text.split("\\R\\s*\\R")) {
                div.add(new Paragraph(stycke.strip()));
            }
        }
        return div;
    }
}
