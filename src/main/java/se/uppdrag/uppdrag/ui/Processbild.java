package se.uppdrag.uppdrag.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import se.uppdrag.uppdrag.UppdragHistorikService;

/** The process diagram (bpmn-js, frontend/processbild.js) with the current position marked. */
@Tag("uppdrag-processbild")
@NpmPackage(value = "bpmn-js", version = "17.9.2")
@JsModule("./processbild.js")
class Processbild extends Component {

    Processbild(UppdragHistorikService.Processlage lage) {
        getElement().setAttribute("role", "img");
        getElement().setAttribute("aria-label", getTranslation("processbild.beskrivning",
                String.join(", ", lage.aktiva())));
        getElement().setProperty("passerade", String.join(",", lage.passerade()));
        getElement().setProperty("aktiva", String.join(",", lage.aktiva()));
        getElement().setProperty("xml", lage.bpmnXml());
    }
}
