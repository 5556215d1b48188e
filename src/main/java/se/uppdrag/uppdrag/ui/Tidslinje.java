package se.uppdrag.uppdrag.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import se.uppdrag.text.Tidsformat;
import se.uppdrag.uppdrag.Handelse;

/**
 * Every step of the uppdrag: when, who, what, comment and version. The list sits in a Div, so that as a tab's
 * panel the Div takes role=tabpanel and the list keeps its own role (screen readers announce its length).
 */
class Tidslinje extends Div {

    Tidslinje(List<Handelse> handelser, Tidsformat format) {
        var lista = new OrderedList();
        lista.addClassName("tidslinje");
        handelser.forEach(h -> {
            var tid = new Span(format.minut(h.tid()) + " ");
            tid.addClassName("tid");
            var vad = new Span(getTranslation(h.typ().textnyckel()));
            vad.addClassName("vad");
            var rad = new ListItem(tid, vad, new Span(" – " + vem(h)));
            if (h.version() != null) {
                rad.add(new Span(" (" + getTranslation("historik.version", h.version()) + ")"));
            }
            if (h.kommentar() != null) {
                rad.add(new Span(": " + h.kommentar()));
            }
            lista.add(rad);
        });
        add(lista);
    }

    /** "systemet", "Olof Ek", or "Ahmed Nur för Olof Ek" when Ahmed acted for Olof. */
    private String vem(Handelse h) {
        if (h.vem() == null) {
            return getTranslation("historik.systemet");
        }
        return h.forVem() == null ? h.vem() : getTranslation("historik.vem-for", h.vem(), h.forVem());
    }
}
