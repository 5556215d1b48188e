package se.uppdrag.uppdrag.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import se.uppdrag.uppdrag.Ersattningskedja;
import se.uppdrag.uppdrag.Ersattningskedja.Led;

/**
 * "Ersätter …" and "Ersatt av …" with links, and the whole chain oldest first with this uppdrag marked. An uppdrag
 * the user may not open is named only as such: no link, no title.
 */
class ErsattningskedjaVisning extends Nav {

    ErsattningskedjaVisning(Ersattningskedja kedja) {
        addClassName("ersattningskedja");
        getElement().setAttribute("aria-label", getTranslation("kedja.rubrik"));
        if (!kedja.ersatter().isEmpty()) {
            add(rad("kedja.ersatter", kedja.ersatter()));
        }
        if (!kedja.ersattAv().isEmpty()) {
            add(rad("kedja.ersatt-av", kedja.ersattAv()));
        }
        var rubrik = new Span(getTranslation("kedja.rubrik"));
        rubrik.addClassName("kedja-rubrik");
        var lista = new OrderedList();
        lista.addClassName("kedja");
        for (var led : kedja.led()) {
            var punkt = new ListItem();
            if (led.plats() == Ersattningskedja.Plats.DETTA) {
                punkt.add(new Span(getTranslation("kedja.detta") + ": " + beskrivning(led)));
                punkt.getElement().setAttribute("aria-current", "page");
                punkt.addClassName("detta");
            } else {
                punkt.add(uppdrag(led));
            }
            lista.add(punkt);
        }
        add(rubrik, lista);
    }

    private Paragraph rad(String nyckel, List<Led> led) {
        var rad = new Paragraph(new Span(getTranslation(nyckel) + " "));
        rad.addClassName("kedja-direkt");
        for (int i = 0; i < led.size(); i++) {
            if (i > 0) {
                rad.add(new Span("; "));
            }
            rad.add(uppdrag(led.get(i)));
        }
        return rad;
    }

    /** A link with title, diarienummer, date and status, or the plain words that the user may not open it. */
    private Component uppdrag(Led led) {
        var kort = led.uppdrag();
        if (kort == null) {
            var dold = new Span(getTranslation("kedja.dold"));
            dold.addClassName("kedja-dold");
            return dold;
        }
        return new Span(new Anchor("uppdrag/" + kort.id().value(), kort.titel()), new Span(detaljer(kort)));
    }

    private String beskrivning(Led led) {
        var kort = led.uppdrag();
        return kort == null ? getTranslation("kedja.dold") : kort.titel() + detaljer(kort);
    }

    /** " (RS 2026-00412), daterad 2026-03-02, Pågående": what follows the title. */
    private String detaljer(Ersattningskedja.Kort kort) {
        return (kort.diarienummer() == null ? "" : " (" + kort.diarienummer() + ")") + ", "
                + getTranslation("kedja.daterad", kort.datum().toString()) + ", " + getTranslation(kort.status().textnyckel());
    }
}
