package se.uppdrag.uppdrag;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import se.uppdrag.TestFolk;

/** The uppdragshandling as PDF, read back as text. */
class UppdragshandlingPdfTest extends ProcessTestBase {

    private static final List<String> SEKTIONER = List.of("Uppdrag", "Uppdragsgivare", "Uppdragstagare", "Ersätter",
            "Uppdragsbeskrivning", "Uppdraget innefattar", "Uppdraget ska", "Arbetsorganisation", "Samband och gränsdragning",
            "Kommunikation", "Tidplan", "Kostnader och finansiering", "Form för beslut när uppdraget är klart", "Uppdraget skickas till");

    private static String text(byte[] pdf) throws Exception {
        try (var dokument = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(dokument);
        }
    }

    @Test
    void every_section_is_there_in_the_order_of_the_paper_document_with_swedish_characters_intact() throws Exception {
        var id = nyttUtkast();
        folk.loggaIn(TestFolk.AGARE);
        var text = text(uppdrag.pdf(id));

        var rader = text.lines().map(String::strip).toList();
        var position = -1;
        for (var rubrik : SEKTIONER) {
            var hittad = rader.subList(position + 1, rader.size()).indexOf(rubrik);
            assertThat(hittad).as(rubrik).isNotNegative();
            position += hittad + 1;
        }
        assertThat(text).contains("Hälso- och sjukvårdens organisering av verksamhetsutveckling – åäö ÅÄÖ é ü")
                .contains("Gun Östlund").contains("Nulägesanalys").contains("Juni – aug 2026")
                .contains("För genomförande:").contains("För kännedom:").contains("för distribution till koncernledningen");
    }

    @Test
    void before_approval_the_decision_date_is_a_placeholder_and_after_it_the_stamped_date_and_names() throws Exception {
        var id = nyttUtkast();
        folk.loggaIn(TestFolk.AGARE);
        assertThat(text(uppdrag.pdf(id))).contains("Datum för beslut: ÅÅÅÅ-MM-DD (ifylls av beslutsfattaren vid godkännande)");

        skickaForBeslut(id);
        beslut.besluta(uppgift(TestFolk.BESLUTSFATTARE, id, "beslutsuppgift").id(), Beslut.FASTSTALL, null);
        folk.loggaIn(TestFolk.AGARE);
        var text = text(uppdrag.pdf(id));
        assertThat(text).contains("Datum för beslut: " + LocalDate.now(klocka)).doesNotContain("ÅÅÅÅ-MM-DD")
                .contains("Diarienummer " + somRegistrator(id).diarienummer());
    }

    @Test
    void the_fonts_are_embedded() throws Exception {
        var id = nyttUtkast();
        folk.loggaIn(TestFolk.AGARE);
        try (var dokument = Loader.loadPDF(uppdrag.pdf(id))) {
            var sida = dokument.getPage(0);
            for (var namn : sida.getResources().getFontNames()) {
                assertThat(sida.getResources().getFont(namn).isEmbedded()).as(namn.getName()).isTrue();
            }
        }
    }

    @Test
    void the_pdf_conforms_to_pdf_a_1b_so_that_it_can_be_archived() throws Exception {
        var id = faststalltUppdrag();
        folk.loggaIn(TestFolk.AGARE);
        assertThat(se.uppdrag.PdfA.fel(uppdrag.pdf(id))).isEmpty();
    }

    @Test
    void someone_outside_the_uppdrag_cannot_get_the_pdf() {
        var id = nyttUtkast();
        folk.loggaIn(TestFolk.UTOMSTAENDE);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> uppdrag.pdf(id))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }
}
