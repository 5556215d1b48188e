package se.uppdrag.dokument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDLayoutAttributeObject;
import org.junit.jupiter.api.Test;
import se.uppdrag.PdfA;
import se.uppdrag.TaggadPdf;
import se.uppdrag.dokument.Dokument.Diagram;
import se.uppdrag.dokument.Dokument.Diagram.Farg;
import se.uppdrag.dokument.Dokument.Diagram.Serie;
import se.uppdrag.dokument.Dokument.Diagram.Stapel;
import se.uppdrag.dokument.Dokument.Sektion;
import se.uppdrag.dokument.Dokument.Stycke;
import se.uppdrag.dokument.Dokument.Tabell;

/** A bar chart drawn by the server: a Figure with Alt in the PDF, an image named by its text alternative in SVG. */
class DiagramTest {

    private static final String ALT = "Stapeldiagram med budget och prognos per målområde: Vård: budget 1 000 000, prognos 1 200 000;"
            + " Ekonomi: budget 300 000, prognos –.";

    private static Diagram pengar() {
        return new Diagram("Budget och prognos per målområde (kr)", List.of("Vård", "Ekonomi & <balans>"), List.of(
                new Serie("Budget", Farg.BLA, List.of(new Stapel(1_000_000, "1 000 000"), new Stapel(300_000, "300 000"))),
                new Serie("Prognos", Farg.ORANGE, List.of(new Stapel(1_200_000, "1 200 000"), new Stapel(0, "–")))),
                Diagram.Stapling.GRUPPERAD, ALT);
    }

    private static Diagram ljus() {
        return new Diagram("Uppdragens status – Vård", List.of("Vård"), List.of(
                new Serie("Grön", Farg.GRON, List.of(new Stapel(3, "3"))), new Serie("Gul", Farg.GUL, List.of(new Stapel(1, "1"))),
                new Serie("Röd", Farg.ROD, List.of(new Stapel(0, "0"))),
                new Serie("Ingen statusrapport", Farg.GRA, List.of(new Stapel(2, "2")))), Diagram.Stapling.STAPLAD,
                "Stapel över status för de 6 uppdragen i Vård: Grön 3, Gul 1, Röd 0, Ingen statusrapport 2.");
    }

    private static Dokument dokument(int delar) {
        var sektioner = new ArrayList<Sektion>();
        for (int i = 1; i <= delar; i++) {
            sektioner.add(new Sektion("Del " + i, List.of(Stycke.av("Sammanfattning av del " + i + "."))));
            sektioner.add(Sektion.under("Status", List.of(ljus(), new Tabell(List.of("Grön", "Gul", "Röd", "Ingen statusrapport"),
                    List.of(List.of("3", "1", "0", "2"))))));
            sektioner.add(Sektion.under("Ekonomi", List.of(pengar(), new Tabell(List.of("Målområde", "Budget", "Prognos"),
                    List.of(List.of("Vård", "1 000 000", "1 200 000"), List.of("Ekonomi", "300 000", "–"))))));
        }
        return new Dokument(List.of("Region Exempel"), sektioner);
    }

    private static byte[] pdf(Dokument dokument) {
        return DokumentPdf.skriv(dokument, "Uppföljningsrapport", "Uppföljningsrapport", DokumentPdf.Sida.LIGGANDE);
    }

    private static List<PDStructureElement> figurer(PDStructureNode nod) {
        var ut = new ArrayList<PDStructureElement>();
        for (var barn : nod.getKids()) {
            if (barn instanceof PDStructureElement e) {
                if (e.getStructureType().equals("Figure")) {
                    ut.add(e);
                }
                ut.addAll(figurer(e));
            }
        }
        return ut;
    }

    @Test
    void in_the_pdf_a_diagram_is_a_figure_with_its_alt_text_and_a_sub_section_is_an_h2_in_its_parts_sect() throws Exception {
        var pdf = pdf(dokument(1));

        try (var dokument = Loader.loadPDF(pdf)) {
            var figurer = figurer(dokument.getDocumentCatalog().getStructureTreeRoot());
            assertThat(figurer).hasSize(2).allSatisfy(f -> {
                assertThat(f.getAlternateDescription()).isNotBlank();
                assertThat(f.getAttributes().getObject(0)).isInstanceOf(PDLayoutAttributeObject.class);
                assertThat(((PDLayoutAttributeObject) f.getAttributes().getObject(0)).getBBox()).isNotNull();
            });
            assertThat(figurer.get(1).getAlternateDescription()).isEqualTo(ALT);
        }
        var rot = TaggadPdf.struktur(pdf);
        assertThat(rot.barntyper()).containsExactly("P", "Sect");
        var del = rot.barn().get(1);
        assertThat(del.barntyper()).containsExactly("H1", "P", "Sect", "Sect");
        assertThat(del.barn().get(2).barntyper()).containsExactly("H2", "Figure", "Table");
        assertThat(del.barn().get(2).barn().getFirst().text()).isEqualTo("Status");
        assertThat(TaggadPdf.omarkerat(pdf)).isEmpty();
    }

    @Test
    void a_pdf_with_diagrams_over_several_pages_still_conforms_to_pdf_a_2a_and_pdf_ua_1() throws Exception {
        var pdf = pdf(dokument(6));

        try (var dokument = Loader.loadPDF(pdf)) {
            assertThat(dokument.getNumberOfPages()).isGreaterThan(2);
        }
        assertThat(PdfA.fel(pdf)).isEmpty();
    }

    @Test
    void the_svg_is_one_image_named_by_its_text_alternative_with_a_bar_and_a_text_per_value() {
        var svg = DokumentSvg.skriv(pengar());

        assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"").contains("role=\"img\"")
                .contains("aria-label=\"" + ALT + "\"").contains("<title>" + ALT + "</title>")
                .contains("Ekonomi &amp; &lt;balans&gt;").doesNotContain("<balans>");
        var staplar = Pattern.compile("<rect [^>]*><title>(Budget|Prognos): [^<]*</title>").matcher(svg).results()
                .map(m -> m.group()).toList();
        assertThat(staplar).as("a bar per value above zero").hasSize(3);
        for (var text : List.of("1 000 000", "1 200 000", "300 000", "–")) {
            assertThat(svg).contains(">" + text + "</text>");
        }
        assertThat(svg).contains("fill=\"#0072B2\"", "fill=\"#E69F00\"");
    }

    @Test
    void a_stacked_bar_has_a_segment_per_count_above_zero_with_the_count_on_it() {
        var svg = DokumentSvg.skriv(ljus());

        assertThat(Pattern.compile("<rect [^>]*><title>[^<]*: [^<]*</title>").matcher(svg).results().map(m -> m.group()).toList())
                .hasSize(3).anySatisfy(r -> assertThat(r).contains("#009E73", "Grön: 3"));
        assertThat(svg).contains("text-anchor=\"middle\"").contains(">3</text>").contains(">2</text>");
    }

    @Test
    void a_diagram_without_a_text_alternative_or_with_a_value_missing_is_refused() {
        assertThatThrownBy(() -> new Diagram("T", List.of("A"), List.of(), Diagram.Stapling.STAPLAD, " "))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Diagram("T", List.of("A", "B"), List.of(new Serie("S", Farg.BLA, List.of(new Stapel(1, "1")))),
                Diagram.Stapling.GRUPPERAD, "Alt")).isInstanceOf(IllegalArgumentException.class);
    }
}
