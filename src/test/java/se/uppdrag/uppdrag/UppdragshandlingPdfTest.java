package se.uppdrag.uppdrag;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import se.uppdrag.TaggadPdf;
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
    void the_fonts_are_embedded_on_every_page() throws Exception {
        var id = nyttUtkast();
        folk.loggaIn(TestFolk.AGARE);
        try (var dokument = Loader.loadPDF(uppdrag.pdf(id))) {
            assertThat(TaggadPdf.typsnitt(dokument)).isNotEmpty().allSatisfy((namn, inbaddat) -> assertThat(inbaddat).as(namn).isTrue());
        }
    }

    @Test
    void the_pdf_conforms_to_pdf_a_2a_and_pdf_ua_1_so_that_it_can_be_archived_and_read_by_assistive_technology() throws Exception {
        var id = faststalltUppdrag();
        folk.loggaIn(TestFolk.AGARE);
        assertThat(se.uppdrag.PdfA.fel(uppdrag.pdf(id))).isEmpty();
    }

    @Test
    void uppdragshandling_pdf_is_tagged_with_headings_lists_and_tables_in_reading_order() throws Exception {
        var id = nyttUtkast();
        folk.loggaIn(TestFolk.AGARE);
        var pdf = uppdrag.pdf(id);
        var dokument = TaggadPdf.struktur(pdf);

        assertThat(dokument.barntyper().getFirst()).isEqualTo("P");
        assertThat(dokument.barn().getFirst().text()).contains("Diarienummer");
        assertThat(dokument.alla("H1")).extracting(TaggadPdf.Element::text).containsExactlyElementsOf(SEKTIONER);
        var sektioner = dokument.barn().subList(1, dokument.barn().size());
        assertThat(sektioner).extracting(TaggadPdf.Element::typ).containsOnly("Sect");
        var innefattar = sektioner.get(SEKTIONER.indexOf("Uppdraget innefattar"));
        assertThat(innefattar.barntyper()).containsExactly("H1", "L");
        assertThat(innefattar.alla("LI")).isNotEmpty().allSatisfy(li -> assertThat(li.barntyper()).containsExactly("Lbl", "LBody"));
        var arbetsgrupp = sektioner.get(SEKTIONER.indexOf("Arbetsorganisation"));
        assertThat(arbetsgrupp.barntyper()).startsWith("H1", "P", "L");
        assertThat(arbetsgrupp.alla("LBody")).extracting(TaggadPdf.Element::text).anyMatch(t -> t.startsWith("Märta Medlem"));
        var tabell = sektioner.get(SEKTIONER.indexOf("Tidplan")).alla("Table");
        assertThat(tabell).singleElement().satisfies(t -> {
            assertThat(t.barntyper()).containsExactly("THead", "TBody");
            assertThat(t.alla("TH")).extracting(TaggadPdf.Element::text).containsExactly("Aktivitet", "Tidplan", "Ansvarig");
            assertThat(t.alla("TBody").getFirst().barn()).isNotEmpty().allSatisfy(tr -> assertThat(tr.barntyper()).containsExactly("TD", "TD", "TD"));
            assertThat(t.alla("TD")).extracting(TaggadPdf.Element::text).contains("Nulägesanalys", "Juni – aug 2026");
        });
        assertThat(TaggadPdf.omarkerat(pdf)).isEmpty();
        assertThat(text(pdf)).contains("Sida 1 av ");
        try (var pdfen = Loader.loadPDF(pdf)) {
            assertThat(pdfen.getDocumentCatalog().getLanguage()).isEqualTo("sv-SE");
            assertThat(pdfen.getDocumentInformation().getTitle()).isEqualTo(uppdrag.hamta(id).titel());
        }
    }

    @Test
    void emoji_and_greek_in_a_title_are_not_lost_from_the_pdf() throws Exception {
        var id = nyttUtkast();
        folk.loggaIn(TestFolk.AGARE);
        var titel = "Åsa Öberg ✅ 🚑 Ελλάδα Москва 中文";
        uppdrag.spara(se.uppdrag.Handlingar.medTitel(uppdrag.hamta(id), titel));
        var pdf = uppdrag.pdf(id);

        assertThat(text(pdf)).contains(titel);
        var uppdragstext = TaggadPdf.struktur(pdf).alla("Sect").getFirst().alla("P").getFirst().text();
        assertThat(uppdragstext).isEqualTo("Åsa Öberg □ □ Ελλάδα Москва □□");
        assertThat(TaggadPdf.actualText(pdf)).contains("✅", "🚑", "中", "文");
        assertThat(se.uppdrag.PdfA.fel(pdf)).isEmpty();
    }

    @Test
    void someone_outside_the_uppdrag_cannot_get_the_pdf() {
        var id = nyttUtkast();
        folk.loggaIn(TestFolk.UTOMSTAENDE);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> uppdrag.pdf(id))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }
}
