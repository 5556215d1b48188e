package se.uppdrag.uppdrag.ui;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;
import se.uppdrag.text.Meddelande;

/**
 * The process model as the user reads it: every named element (step, event, gateway, labelled flow) named in the
 * user's language from its message key {@code processbild.steg.<id>}, never by the name or id the model carries.
 *
 * @param xml the model with the translated names, for the drawing
 * @param namngivna the ids of the named elements, in the model's order
 */
record Processnamn(String xml, List<String> namngivna) {

    static final String NYCKEL = "processbild.steg.";
    private static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";

    /** The model with each name replaced by the translation of its element's key. */
    static Processnamn oversatt(String bpmnXml, UnaryOperator<String> oversattning) {
        try {
            var fabrik = DocumentBuilderFactory.newInstance();
            fabrik.setNamespaceAware(true);
            fabrik.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            fabrik.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            var dokument = fabrik.newDocumentBuilder().parse(new InputSource(new StringReader(bpmnXml)));
            var element = dokument.getElementsByTagNameNS(BPMN, "*");
            var namngivna = new ArrayList<String>();
            for (int i = 0; i < element.getLength(); i++) {
                var e = (Element) element.item(i);
                if (e.hasAttribute("name") && e.hasAttribute("id")) {
                    e.setAttribute("name", oversattning.apply(NYCKEL + e.getAttribute("id")));
                    namngivna.add(e.getAttribute("id"));
                }
            }
            var transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            var text = new StringWriter();
            transformer.transform(new DOMSource(dokument), new StreamResult(text));
            return new Processnamn(text.toString(), List.copyOf(namngivna));
        } catch (Exception fel) {
            throw new IllegalStateException(Meddelande.svenska("processbild.fel.modell"), fel);
        }
    }
}
