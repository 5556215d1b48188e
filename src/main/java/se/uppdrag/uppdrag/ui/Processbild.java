package se.uppdrag.uppdrag.ui;

import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;
import se.uppdrag.uppdrag.UppdragHistorikService;

/**
 * The process diagram (bpmn-js, frontend/processbild.js) with the current position marked. The diagram sits in a
 * Div, so that as a tab's panel the Div takes role=tabpanel and the diagram keeps its description; it is a figure,
 * not an img, because bpmn-js makes the drawing focusable (to pan and zoom), which an img may not contain.
 */
@NpmPackage(value = "bpmn-js", version = "17.9.2")
@JsModule("./processbild.js")
class Processbild extends Div {

    Processbild(UppdragHistorikService.Processlage lage) {
        var bild = new Element("uppdrag-processbild");
        bild.setAttribute("role", "figure");
        bild.setAttribute("aria-label", getTranslation("processbild.beskrivning", String.join(", ", lage.aktiva())));
        bild.setProperty("passerade", String.join(",", lage.passerade()));
        bild.setProperty("aktiva", String.join(",", lage.aktiva()));
        bild.setProperty("xml", lage.bpmnXml());
        getElement().appendChild(bild);
    }
}
