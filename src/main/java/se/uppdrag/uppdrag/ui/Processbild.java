package se.uppdrag.uppdrag.ui;

import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import se.uppdrag.uppdrag.UppdragHistorikService;

/**
 * The process diagram (bpmn-js, frontend/processbild.js) at full size with the current position marked, every
 * name in the user's language, and where the uppdrag stands said in words above it (and in the figure's label
 * for screen readers). The diagram sits in a Div, so that as a tab's panel the Div takes role=tabpanel and the
 * diagram keeps its description; it is a focusable figure because it scrolls.
 */
@NpmPackage(value = "bpmn-js", version = "17.9.2")
@JsModule("./processbild.js")
class Processbild extends Div {

    Processbild(UppdragHistorikService.Processlage lage) {
        addClassName("processbild");
        var modell = Processnamn.oversatt(lage.bpmnXml(), this::getTranslation);
        var stalle = new Paragraph(lageText(lage, modell));
        stalle.addClassName("processbild-lage");
        var forklaring = new Paragraph(getTranslation("processbild.forklaring"));
        forklaring.addClassName("processbild-forklaring");
        var bild = new Element("uppdrag-processbild");
        bild.setAttribute("role", "figure");
        bild.setAttribute("tabindex", "0");
        bild.setAttribute("aria-label", getTranslation("processbild.beskrivning", stalle.getText()));
        bild.setProperty("felText", getTranslation("processbild.fel"));
        bild.setProperty("passerade", String.join(",", lage.passerade()));
        bild.setProperty("aktiva", String.join(",", lage.aktiva()));
        bild.setProperty("xml", modell.xml());
        add(stalle, forklaring);
        getElement().appendChild(bild);
    }

    /** The current steps by name, in the model's order; or that the process has ended or not yet started. */
    private String lageText(UppdragHistorikService.Processlage lage, Processnamn modell) {
        var steg = modell.namngivna().stream().filter(lage.aktiva()::contains)
                .map(id -> getTranslation(Processnamn.NYCKEL + id)).toList();
        if (!steg.isEmpty()) {
            return getTranslation("processbild.lage.aktiva", String.join(", ", steg));
        }
        return getTranslation(lage.passerade().isEmpty() ? "processbild.lage.ej-startad" : "processbild.lage.avslutad");
    }
}
