package se.uppdrag.dokument;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import se.uppdrag.PdfA;
import se.uppdrag.TaggadPdf;
import se.uppdrag.dokument.Dokument.Punkter;
import se.uppdrag.dokument.Dokument.Sektion;
import se.uppdrag.dokument.Dokument.Stycke;
import se.uppdrag.dokument.Dokument.Tabell;

/** The PDF writer on its own: structure tree, artifacts, validity, and text that no embedded font has. */
class DokumentPdfTest {

    private static final String VARLDEN = "Åsa Öberg ✅ 🚑 Ελλάδα Москва مرحبا بالعالم שלום 中文 日本語";

    private static List<List<String>> aktiviteter(int antal) {
        var rader = new ArrayList<List<String>>();
        for (int i = 1; i <= antal; i++) {
            rader.add(List.of("Aktivitet " + i, "Juni – aug 2026", i % 3 == 0 ? "" : "Märta Medlem " + i));
        }
        return rader;
    }

    private static Dokument dokument(String titel, List<List<String>> aktiviteter) {
        return new Dokument(List.of("Region Exempel – Koncernkontoret", "Datum 2026-03-02", "Diarienummer RS 2026-00412"), List.of(
                new Sektion("Uppdrag", List.of(Stycke.av(titel))),
                new Sektion("Uppdragsbeskrivning", List.of(Stycke.av("Bakgrund och syfte. ".repeat(40)), Stycke.av("Andra stycket."))),
                new Sektion("Uppdraget innefattar", List.of(new Punkter(List.of(Stycke.av("En nulägesanalys"),
                        Stycke.av("Ett förslag till organisering, " + "med en lång punkt som bryts ".repeat(6)))))),
                new Sektion("Tidplan", List.of(Stycke.av("Slutleverans senast 2026-12-01."),
                        new Tabell(List.of("Aktivitet", "Tidplan", "Ansvarig"), aktiviteter)))));
    }

    private static byte[] pdf(Dokument dokument) {
        return DokumentPdf.skriv(dokument, "Samordnad införandeplanering", "Uppdragshandling", DokumentPdf.Sida.STAENDE);
    }

    private static String text(byte[] pdf, int sida) throws Exception {
        try (var dokument = Loader.loadPDF(pdf)) {
            var stripper = new PDFTextStripper();
            stripper.setStartPage(sida);
            stripper.setEndPage(sida);
            return stripper.getText(dokument);
        }
    }

    private static int sidor(byte[] pdf) throws Exception {
        try (var dokument = Loader.loadPDF(pdf)) {
            return dokument.getNumberOfPages();
        }
    }

    @Test
    void the_structure_tree_reads_as_the_paper_document_header_then_sections_with_headings_paragraphs_lists_and_tables()
            throws Exception {
        var rader = aktiviteter(4);
        var dokument = TaggadPdf.struktur(pdf(dokument("Samordnad införandeplanering", rader)));

        assertThat(dokument.typ()).isEqualTo("Document");
        assertThat(dokument.barntyper()).containsExactly("P", "Sect", "Sect", "Sect", "Sect");
        assertThat(dokument.barn().getFirst().text()).contains("Region Exempel – Koncernkontoret").contains("Diarienummer RS 2026-00412");
        assertThat(dokument.alla("H1")).extracting(TaggadPdf.Element::text)
                .containsExactly("Uppdrag", "Uppdragsbeskrivning", "Uppdraget innefattar", "Tidplan");
        assertThat(dokument.barn().subList(1, 5)).allSatisfy(sect -> assertThat(sect.barntyper().getFirst()).isEqualTo("H1"));
        assertThat(dokument.barn().get(2).barntyper()).containsExactly("H1", "P", "P");
        assertThat(dokument.barn().get(2).barn().get(1).text()).startsWith("Bakgrund och syfte. Bakgrund och syfte.")
                .doesNotContain("syfte.Bakgrund");

        var lista = dokument.alla("L").getFirst();
        assertThat(lista.attribut()).containsEntry("ListNumbering", "Disc");
        assertThat(lista.barntyper()).containsExactly("LI", "LI");
        assertThat(lista.barn()).allSatisfy(li -> {
            assertThat(li.barntyper()).containsExactly("Lbl", "LBody");
            assertThat(li.barn().getFirst().text()).isEqualTo("•");
        });
        assertThat(lista.barn().get(0).barn().get(1).text()).isEqualTo("En nulägesanalys");

        var tabell = dokument.alla("Table").getFirst();
        assertThat(tabell.barntyper()).containsExactly("THead", "TBody");
        var rubrik = tabell.barn().getFirst().barn();
        assertThat(rubrik).singleElement().satisfies(tr -> {
            assertThat(tr.barntyper()).containsExactly("TH", "TH", "TH");
            assertThat(tr.barn()).extracting(TaggadPdf.Element::text).containsExactly("Aktivitet", "Tidplan", "Ansvarig");
            assertThat(tr.barn()).allSatisfy(th -> assertThat(th.attribut()).containsEntry("Scope", "Column"));
        });
        var kropp = tabell.barn().get(1).barn();
        assertThat(kropp).extracting(TaggadPdf.Element::typ).containsOnly("TR");
        assertThat(kropp).extracting(tr -> tr.barn().stream().map(TaggadPdf.Element::text).toList())
                .containsExactlyElementsOf(rader);
    }

    @Test
    void everything_painted_is_either_content_of_the_structure_or_an_artifact_and_the_fonts_are_embedded() throws Exception {
        var pdf = pdf(dokument(VARLDEN, aktiviteter(70)));

        assertThat(sidor(pdf)).isGreaterThan(2);
        assertThat(TaggadPdf.omarkerat(pdf)).isEmpty();
        try (var dokument = Loader.loadPDF(pdf)) {
            assertThat(TaggadPdf.typsnitt(dokument)).isNotEmpty().allSatisfy((namn, inbaddat) -> assertThat(inbaddat).as(namn).isTrue());
            assertThat(TaggadPdf.typsnitt(dokument).keySet()).anyMatch(n -> n.endsWith("LiberationSans")).anyMatch(n -> n.endsWith("DejaVuSans"));
        }
    }

    @Test
    void the_pdf_conforms_to_pdf_a_2a_and_pdf_ua_1_according_to_verapdf() throws Exception {
        assertThat(PdfA.fel(pdf(dokument(VARLDEN, aktiviteter(70))))).isEmpty();
    }

    @Test
    void the_catalog_declares_language_title_shown_as_title_marked_content_and_the_two_standards() throws Exception {
        try (var dokument = Loader.loadPDF(pdf(dokument("Titel", aktiviteter(1))))) {
            var katalog = dokument.getDocumentCatalog();
            assertThat(katalog.getLanguage()).isEqualTo("sv-SE");
            assertThat(katalog.getMarkInfo().isMarked()).isTrue();
            assertThat(katalog.getViewerPreferences().displayDocTitle()).isTrue();
            assertThat(dokument.getDocumentInformation().getTitle()).isEqualTo("Samordnad införandeplanering");
            var xmp = new String(katalog.getMetadata().toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(xmp).contains("<pdfaid:part>2</pdfaid:part>", "<pdfaid:conformance>A</pdfaid:conformance>",
                    "<pdfuaid:part>1</pdfuaid:part>", "Samordnad införandeplanering");
            assertThat(dokument.getPage(0).getCOSObject().getCOSName(COSName.getPDFName("Tabs"))).isEqualTo(COSName.S);
        }
    }

    @Test
    void every_page_says_sida_n_av_m_as_a_pagination_artifact_outside_the_read_text() throws Exception {
        var pdf = pdf(dokument("Titel", aktiviteter(70)));
        var antal = sidor(pdf);

        for (int sida = 1; sida <= antal; sida++) {
            assertThat(text(pdf, sida)).contains("Sida " + sida + " av " + antal);
        }
        assertThat(TaggadPdf.struktur(pdf).heltext()).doesNotContain("Sida 1 av");
    }

    @Test
    void a_table_over_several_pages_repeats_its_heading_row_as_an_artifact_and_reads_each_row_once() throws Exception {
        var rader = aktiviteter(70);
        var pdf = pdf(dokument("Titel", rader));

        assertThat(text(pdf, 2).strip()).startsWith("Aktivitet Tidplan Ansvarig");
        var tabell = TaggadPdf.struktur(pdf).alla("Table").getFirst();
        assertThat(tabell.alla("TH")).hasSize(3);
        assertThat(tabell.alla("TR")).hasSize(71);
        assertThat(tabell.alla("TD")).extracting(TaggadPdf.Element::text).containsExactlyElementsOf(rader.stream().flatMap(List::stream).toList());
    }

    @Test
    void a_cell_longer_than_a_page_goes_on_over_the_next_page_without_losing_a_word() throws Exception {
        var lang = "ord" + String.join(" ord", java.util.Collections.nCopies(1500, "")) + " slut";
        var pdf = pdf(dokument("Titel", List.of(List.of("Lång", "Juni 2026", lang), List.of("Efter", "Juli 2026", "Märta"))));

        assertThat(sidor(pdf)).isGreaterThan(2);
        var td = TaggadPdf.struktur(pdf).alla("TD");
        assertThat(td.get(2).text().strip()).isEqualTo(lang);
        assertThat(td.get(3).text()).isEqualTo("Efter");
        assertThat(TaggadPdf.omarkerat(pdf)).isEmpty();
    }

    @Test
    void emoji_greek_cyrillic_arabic_hebrew_and_cjk_are_drawn_or_boxed_and_never_lost_from_the_text() throws Exception {
        var pdf = pdf(dokument(VARLDEN, aktiviteter(1)));

        // PDFBox's text extraction reads ActualText: what was boxed or joined comes back as written
        assertThat(text(pdf, 1)).contains("Åsa Öberg ✅ 🚑 Ελλάδα Москва").contains("مرحبا بالعالم").contains("שלום").contains("中文 日本語");
        // the glyphs themselves: Greek and Cyrillic drawn from Liberation, the emoji and CJK as visible boxes
        var titel = TaggadPdf.struktur(pdf).alla("P").get(1).text();
        assertThat(titel).startsWith("Åsa Öberg □ □ Ελλάδα Москва").contains("□□ □□□");
        assertThat(TaggadPdf.actualText(pdf)).contains("✅", "🚑", "中", "文", "日", "本", "語");
        assertThat(PdfA.fel(pdf)).isEmpty();
    }

    @Test
    void an_english_report_has_english_page_numbers_and_language() throws Exception {
        var pdf = DokumentPdf.skriv(dokument("Title", aktiviteter(1)), "Follow-up report", "Follow-up report",
                DokumentPdf.Sida.LIGGANDE, Locale.ENGLISH);

        assertThat(text(pdf, 1)).contains("Page 1 of 1");
        try (var dokument = Loader.loadPDF(pdf)) {
            assertThat(dokument.getDocumentCatalog().getLanguage()).isEqualTo("en");
            assertThat(dokument.getPage(0).getMediaBox().getWidth()).isGreaterThan(dokument.getPage(0).getMediaBox().getHeight());
        }
    }
}
