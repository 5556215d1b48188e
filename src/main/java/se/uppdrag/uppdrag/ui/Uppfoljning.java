package se.uppdrag.uppdrag.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.List;
import se.uppdrag.text.Tidsformat;
import se.uppdrag.uppdrag.Remissvar;
import se.uppdrag.uppdrag.Slutrapport;
import se.uppdrag.uppdrag.Statusrapport;

/** Review answers, status reports and final reports of an uppdrag. */
class Uppfoljning extends VerticalLayout {

    Uppfoljning(List<Remissvar> remissvar, List<Statusrapport> statusrapporter, List<Slutrapport> slutrapporter,
            Tidsformat tid) {
        setPadding(false);
        add(new H2(getTranslation("uppfoljning.remissvar")));
        add(lista(remissvar.stream().map(s -> getTranslation("remissvar.rad", s.vem(this), s.version(),
                getTranslation("remissvar." + s.svar().name()), s.kommentar() == null ? "" : s.kommentar())).toList()));
        add(new H2(getTranslation("uppfoljning.statusrapporter")));
        add(Statusrapporthistorik.av(this, statusrapporter, tid));
        add(new H2(getTranslation("uppfoljning.slutrapport")));
        if (slutrapporter.isEmpty()) {
            add(new Paragraph(getTranslation("uppfoljning.ingen")));
        }
        slutrapporter.forEach(r -> {
            add(new Paragraph(new Span(tid.dag(r.tid()) + " " + r.inlamnadAv() + ": "), new Span(r.text())));
            r.bilagor().forEach(b -> add(new Anchor(DownloadHandler.fromInputStream(
                    e -> new DownloadResponse(new ByteArrayInputStream(b.innehall()), b.filnamn(), b.mimetyp(), b.innehall().length)),
                    b.filnamn())));
        });
    }

    private com.vaadin.flow.component.Component lista(List<String> rader) {
        if (rader.isEmpty()) {
            return new Paragraph(getTranslation("uppfoljning.ingen"));
        }
        var lista = new UnorderedList();
        rader.forEach(rad -> lista.add(new ListItem(rad)));
        return lista;
    }
}
