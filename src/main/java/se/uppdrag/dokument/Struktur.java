package se.uppdrag.dokument;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDAttributeObject;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDParentTreeValue;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;

/**
 * The logical structure of the PDF (what a screen reader reads): a Document element with sections, headings,
 * paragraphs, lists and tables in the order of the paper document, each pointing to its marked content on the pages,
 * and the parent tree that leads back from a page's marked content to its element.
 */
final class Struktur {

    private final PDStructureTreeRoot rot = new PDStructureTreeRoot();
    private final PDStructureElement dokument = new PDStructureElement(StandardStructureTypes.DOCUMENT, rot);
    private final Map<PDPage, List<PDStructureElement>> markerat = new HashMap<>();

    Struktur(PDDocument pdf) {
        rot.appendKid(dokument);
        pdf.getDocumentCatalog().setStructureTreeRoot(rot);
    }

    PDStructureElement dokument() {
        return dokument;
    }

    PDStructureElement nytt(String typ, PDStructureNode foralder, PDAttributeObject... attribut) {
        var element = new PDStructureElement(typ, foralder);
        for (var a : attribut) {
            element.addAttribute(a);
        }
        foralder.appendKid(element);
        return element;
    }

    /** The next MCID on the page, now belonging to the element. */
    int markera(PDStructureElement element, PDPage sida) {
        var lista = markerat.computeIfAbsent(sida, s -> new ArrayList<>());
        var mcid = lista.size();
        lista.add(element);
        var referens = new PDMarkedContentReference();
        referens.setMCID(mcid);
        referens.setPage(sida);
        element.appendKid(referens);
        if (element.getPage() == null) {
            element.setPage(sida);
        }
        return mcid;
    }

    /** Writes the parent tree: page i (StructParents i) maps each of its MCIDs to its element. */
    void avsluta(List<PDPage> sidor) {
        var nummer = new HashMap<Integer, PDParentTreeValue>();
        for (int i = 0; i < sidor.size(); i++) {
            var sida = sidor.get(i);
            sida.setStructParents(i);
            var element = new COSArray();
            markerat.getOrDefault(sida, List.of()).forEach(element::add);
            nummer.put(i, new PDParentTreeValue(element));
        }
        var trad = new PDNumberTreeNode(PDParentTreeValue.class);
        trad.setNumbers(nummer);
        rot.setParentTree(trad);
        rot.setParentTreeNextKey(sidor.size());
    }
}
