package se.uppdrag.dokument;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * What makes the PDF archival and accessible beyond its content: PDF 1.7, the document information and the same in
 * XMP (title, subject, language) claiming PDF/A-2a and PDF/UA-1, an sRGB output intent, /Lang, MarkInfo Marked and
 * DisplayDocTitle (a viewer shows the title, not the file name).
 */
final class PdfMetadata {

    private static final String SKAPARE = "Uppdrag";
    private static final String PRODUCENT = "Uppdrag (Apache PDFBox)";
    private static final String SRGB = "sRGB IEC61966-2.1";

    private PdfMetadata() {
    }

    static void skriv(PDDocument pdf, String titel, String amne, Locale sprak) {
        pdf.setVersion(1.7f);
        var info = pdf.getDocumentInformation();
        info.setTitle(titel);
        info.setSubject(amne);
        info.setCreator(SKAPARE);
        info.setProducer(PRODUCENT);
        var katalog = pdf.getDocumentCatalog();
        katalog.setLanguage(sprak.toLanguageTag());
        var markering = new PDMarkInfo();
        markering.setMarked(true);
        katalog.setMarkInfo(markering);
        var visning = new PDViewerPreferences(new COSDictionary());
        visning.setDisplayDocTitle(true);
        katalog.setViewerPreferences(visning);
        try {
            var metadata = new PDMetadata(pdf);
            metadata.importXMPMetadata(xmp(titel, amne, sprak.toLanguageTag()).getBytes(StandardCharsets.UTF_8));
            katalog.setMetadata(metadata);
            var avsikt = new PDOutputIntent(pdf, new ByteArrayInputStream(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData()));
            avsikt.setInfo(SRGB);
            avsikt.setOutputCondition(SRGB);
            avsikt.setOutputConditionIdentifier(SRGB);
            avsikt.setRegistryName("http://www.color.org");
            katalog.addOutputIntent(avsikt);
        } catch (IOException fel) {
            throw new UncheckedIOException(fel);
        }
    }

    /** PDF/A-2 knows no pdfuaid schema, so the packet describes it in an extension schema, as PDF/A requires. */
    private static String xmp(String titel, String amne, String sprak) {
        return """
                <?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
                <x:xmpmeta xmlns:x="adobe:ns:meta/">
                 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
                  <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
                   <dc:format>application/pdf</dc:format>
                   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">%s</rdf:li></rdf:Alt></dc:title>
                   <dc:description><rdf:Alt><rdf:li xml:lang="x-default">%s</rdf:li></rdf:Alt></dc:description>
                   <dc:language><rdf:Bag><rdf:li>%s</rdf:li></rdf:Bag></dc:language>
                  </rdf:Description>
                  <rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
                   <pdf:Producer>%s</pdf:Producer>
                  </rdf:Description>
                  <rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">
                   <xmp:CreatorTool>%s</xmp:CreatorTool>
                  </rdf:Description>
                  <rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">
                   <pdfaid:part>2</pdfaid:part>
                   <pdfaid:conformance>A</pdfaid:conformance>
                  </rdf:Description>
                  <rdf:Description rdf:about="" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
                   <pdfuaid:part>1</pdfuaid:part>
                  </rdf:Description>
                  <rdf:Description rdf:about="" xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/"
                    xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#" xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
                   <pdfaExtension:schemas>
                    <rdf:Bag>
                     <rdf:li rdf:parseType="Resource">
                      <pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>
                      <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>
                      <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>
                      <pdfaSchema:property>
                       <rdf:Seq>
                        <rdf:li rdf:parseType="Resource">
                         <pdfaProperty:name>part</pdfaProperty:name>
                         <pdfaProperty:valueType>Integer</pdfaProperty:valueType>
                         <pdfaProperty:category>internal</pdfaProperty:category>
                         <pdfaProperty:description>Indicates which part of ISO 14289 the document conforms to</pdfaProperty:description>
                        </rdf:li>
                       </rdf:Seq>
                      </pdfaSchema:property>
                     </rdf:li>
                    </rdf:Bag>
                   </pdfaExtension:schemas>
                  </rdf:Description>
                 </rdf:RDF>
                </x:xmpmeta>
                <?xpacket end="w"?>""".formatted(xml(titel), xml(amne), xml(sprak), PRODUCENT, SKAPARE);
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
