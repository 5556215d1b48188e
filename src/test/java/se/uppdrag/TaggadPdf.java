package se.uppdrag;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;

/**
 * Reads a tagged PDF back with PDFBox: its structure tree with each element's text (from the marked content its MCIDs
 * point to), the content that is neither marked for the structure nor an artifact, and the ActualText of replaced
 * glyphs.
 */
public final class TaggadPdf {

    /** A structure element: its type (H1, P, L, ...), the text of its own marked content, its children. */
    public record Element(String typ, String text, List<Element> barn, Map<String, String> attribut) {

        /** Every element below this one (itself included), depth first: the reading order. */
        public List<Element> alla() {
            var alla = new ArrayList<Element>();
            alla.add(this);
            barn.forEach(b -> alla.addAll(b.alla()));
            return alla;
        }

        public List<Element> alla(String typ) {
            return alla().stream().filter(e -> e.typ().equals(typ)).toList();
        }

        public List<String> barntyper() {
            return barn.stream().map(Element::typ).toList();
        }

        /** Its own text and its children's, in order. */
        public String heltext() {
            var text = new StringBuilder(this.text);
            barn.forEach(b -> text.append(b.heltext()));
            return text.toString();
        }
    }

    private static final Set<String> MALANDE = Set.of("Tj", "TJ", "'", "\"", "S", "s", "f", "F", "f*", "B", "B*", "b", "b*", "Do", "sh");

    private TaggadPdf() {
    }

    /** The Document element under the StructTreeRoot. */
    public static Element struktur(byte[] pdf) throws IOException {
        try (var dokument = Loader.loadPDF(pdf)) {
            var texter = new HashMap<PDPage, Map<Integer, String>>();
            for (var sida : dokument.getPages()) {
                var extraktor = new PDFMarkedContentExtractor();
                extraktor.processPage(sida);
                var perMcid = new HashMap<Integer, String>();
                extraktor.getMarkedContents().stream().filter(m -> m.getMCID() >= 0)
                        .forEach(m -> perMcid.merge(m.getMCID(), text(m), String::concat));
                texter.put(sida, perMcid);
            }
            var rot = dokument.getDocumentCatalog().getStructureTreeRoot();
            var barn = element(rot, texter);
            if (barn.size() != 1) {
                throw new IllegalStateException("StructTreeRoot has " + barn.size() + " children");
            }
            return barn.getFirst();
        }
    }

    private static List<Element> element(PDStructureNode nod, Map<PDPage, Map<Integer, String>> texter) {
        var ut = new ArrayList<Element>();
        for (var barn : nod.getKids()) {
            if (barn instanceof PDStructureElement e) {
                var text = new StringBuilder();
                for (var k : e.getKids()) {
                    if (k instanceof PDMarkedContentReference mcr) {
                        var sida = mcr.getPage() != null ? mcr.getPage() : e.getPage();
                        text.append(texter.getOrDefault(sida, Map.of()).getOrDefault(mcr.getMCID(), ""));
                    } else if (k instanceof Integer mcid) {
                        text.append(texter.getOrDefault(e.getPage(), Map.of()).getOrDefault(mcid, ""));
                    }
                }
                var attribut = new HashMap<String, String>();
                var alla = e.getAttributes();
                for (int i = 0; i < alla.size(); i++) {
                    var dict = alla.getObject(i).getCOSObject();
                    dict.keySet().forEach(nyckel -> attribut.put(nyckel.getName(), String.valueOf(dict.getDictionaryObject(nyckel))
                            .replace("COSName{", "").replace("}", "")));
                }
                ut.add(new Element(e.getStructureType(), text.toString(), element(e, texter), attribut));
            }
        }
        return ut;
    }

    private static String text(PDMarkedContent innehall) {
        var text = new StringBuilder();
        for (var del : innehall.getContents()) {
            if (del instanceof TextPosition t) {
                text.append(t.getUnicode());
            } else if (del instanceof PDMarkedContent m) {
                text.append(text(m));
            }
        }
        return text.toString();
    }

    /** Painting operators (text, paths, images) that stand outside both structure-marked content and artifacts. */
    public static List<String> omarkerat(byte[] pdf) throws IOException {
        var fel = new ArrayList<String>();
        try (var dokument = Loader.loadPDF(pdf)) {
            var nr = 0;
            for (var sida : dokument.getPages()) {
                nr++;
                var oppna = new ArrayDeque<String>();
                for (var op : operatorer(sida)) {
                    switch (op.namn) {
                        case "BDC" -> oppna.push(op.tagg.equals("Artifact") ? "Artifact"
                                : op.egenskaper != null && op.egenskaper.containsKey(COSName.MCID) ? "MCID" : "annat");
                        case "BMC" -> oppna.push(op.tagg.equals("Artifact") ? "Artifact" : "annat");
                        case "EMC" -> oppna.pop();
                        default -> {
                            if (MALANDE.contains(op.namn) && !oppna.contains("MCID") && !oppna.contains("Artifact")) {
                                fel.add("page " + nr + ": " + op.namn + " outside marked content");
                            }
                        }
                    }
                }
            }
        }
        return fel;
    }

    /** The ActualText of every marked-content sequence that has one, in content order. */
    public static List<String> actualText(byte[] pdf) throws IOException {
        var texter = new ArrayList<String>();
        try (var dokument = Loader.loadPDF(pdf)) {
            for (var sida : dokument.getPages()) {
                for (var op : operatorer(sida)) {
                    if (op.namn.equals("BDC") && op.egenskaper != null && op.egenskaper.getString(COSName.ACTUAL_TEXT) != null) {
                        texter.add(op.egenskaper.getString(COSName.ACTUAL_TEXT));
                    }
                }
            }
        }
        return texter;
    }

    /** The fonts of every page, and whether each is embedded. */
    public static Map<String, Boolean> typsnitt(PDDocument dokument) throws IOException {
        var ut = new HashMap<String, Boolean>();
        for (var sida : dokument.getPages()) {
            for (var namn : sida.getResources().getFontNames()) {
                var font = sida.getResources().getFont(namn);
                ut.put(font.getName(), font.isEmbedded());
            }
        }
        return ut;
    }

    private record Op(String namn, String tagg, COSDictionary egenskaper) {
    }

    private static List<Op> operatorer(PDPage sida) throws IOException {
        var ops = new ArrayList<Op>();
        var operander = new ArrayList<COSBase>();
        for (var token : new PDFStreamParser(sida).parse()) {
            if (token instanceof Operator o) {
                var tagg = !operander.isEmpty() && operander.getFirst() instanceof COSName n ? n.getName() : "";
                COSDictionary egenskaper = null;
                if (o.getName().equals("BDC") && operander.size() > 1) {
                    egenskaper = operander.get(1) instanceof COSDictionary d ? d
                            : sida.getResources().getProperties((COSName) operander.get(1)).getCOSObject();
                }
                ops.add(new Op(o.getName(), tagg, egenskaper));
                operander.clear();
            } else if (token instanceof COSBase b) {
                operander.add(b);
            }
        }
        return ops;
    }
}
