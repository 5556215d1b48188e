package se.uppdrag.uppdrag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.uppdrag.PdfA;
import se.uppdrag.TaggadPdf;
import se.uppdrag.TestFolk;

/** The PDF of an uppdrag under sekretess bears the marking on every page, read back page by page. */
class SekretessPdfTest extends ProcessTestBase {

    private static final String MARKERING = "Sekretess enligt 21 kap. 7 § OSL";

    @Autowired
    SekretessService sekretess;

    private static List<String> sidor(byte[] pdf) throws Exception {
        try (var dokument = Loader.loadPDF(pdf)) {
            var sidor = new ArrayList<String>();
            for (int sida = 1; sida <= dokument.getNumberOfPages(); sida++) {
                var text = new PDFTextStripper();
                text.setStartPage(sida);
                text.setEndPage(sida);
                sidor.add(text.getText(dokument));
            }
            return sidor;
        }
    }

    @Test
    void every_page_of_a_marked_uppdragshandling_says_sekretess_enligt_the_provision() throws Exception {
        var id = nyttUtkast();
        folk.loggaIn(TestFolk.AGARE);
        sekretess.markera(id, new Sekretess(OslHanvisning.parse("21 kap. 7 §"), "Uppgifter om enskildas hälsa"));
        var pdf = uppdrag.pdf(id);

        var sidor = sidor(pdf);
        assertThat(sidor).as("the full test uppdrag runs over more than one page").hasSizeGreaterThan(1);
        for (int i = 0; i < sidor.size(); i++) {
            assertThat(sidor.get(i)).as("sida " + (i + 1)).contains(MARKERING);
        }
        assertThat(PdfA.fel(pdf)).isEmpty();
    }

    @Test
    void the_marking_is_read_once_as_content_and_on_each_page_as_a_header_artifact() throws Exception {
        var id = nyttUtkast();
        folk.loggaIn(TestFolk.AGARE);
        sekretess.markera(id, new Sekretess(OslHanvisning.parse("21 kap. 7 §"), "Uppgifter om enskildas hälsa"));
        var pdf = uppdrag.pdf(id);
        assertThat(TaggadPdf.struktur(pdf).heltext().split(java.util.regex.Pattern.quote(MARKERING), -1))
                .as("once in the structure tree").hasSize(2);
        assertThat(TaggadPdf.omarkerat(pdf)).as("nothing drawn outside the structure and the artifacts").isEmpty();
    }

    @Test
    void an_unmarked_uppdragshandling_has_no_marking() throws Exception {
        var id = nyttUtkast();
        folk.loggaIn(TestFolk.AGARE);
        assertThat(sidor(uppdrag.pdf(id))).allSatisfy(sida -> assertThat(sida).doesNotContain("Sekretess enligt"));
    }
}
