package se.uppdrag.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.uppdrag.Handlingar;
import se.uppdrag.PdfA;
import se.uppdrag.TestFolk;
import se.uppdrag.uppdrag.Beslut;
import se.uppdrag.uppdrag.ProcessTestBase;
import se.uppdrag.uppdrag.UppdragId;
import se.uppdrag.uppdrag.UppdragRef;

/**
 * The half-year report of a unit, built by carrying uppdrag through the real process: decided, paused, struck, late
 * by the 90-day rule, and one still a draft.
 */
class UppfoljningsrapportServiceTest extends ProcessTestBase {

    private static final Rapportperiod FORSTA_HALVARET_2026 = Rapportperiod.halvaret(LocalDate.of(2026, 3, 1));

    @Autowired
    UppfoljningsrapportService rapporter;

    private String enhet;

    @BeforeEach
    void egenEnhet() {
        enhet = "Enheten " + folk.anvandarnamn(TestFolk.AGARE);
    }

    private UppdragId beslutat(String titel, boolean utanSlutleverans) {
        var id = utkast(titel, utanSlutleverans);
        skickaForBeslut(id);
        beslut.besluta(uppgift(TestFolk.BESLUTSFATTARE, id, "beslutsuppgift").id(), Beslut.FASTSTALL, null);
        return id;
    }

    private UppdragId utkast(String titel, boolean utanSlutleverans) {
        folk.loggaIn(TestFolk.AGARE);
        var lankat = uppdrag.skapa(Handlingar.enkel(uppdrag.nyttUtkast(), "Förstudie till " + titel));
        var h = Handlingar.iEnhet(Handlingar.fullstandig(uppdrag.nyttUtkast(), folk,
                new UppdragRef(lankat.id(), lankat.titel(), null)), enhet, titel);
        return uppdrag.skapa(utanSlutleverans ? Handlingar.utanSlutleverans(h) : h).id();
    }

    private Uppfoljningsrapport halvarsrapporten() {
        klocka.till(LocalDate.of(2026, 8, 20));
        folk.loggaIn(TestFolk.REGISTRATOR);
        return rapporter.rapport(FORSTA_HALVARET_2026, enhet);
    }

    private void seed() {
        klocka.till(LocalDate.of(2026, 2, 2));
        beslutat("Digitala vårdtjänster", false);
        beslutat("Lokalförsörjning utan slutdatum", true);
        var pausat = beslutat("Kompetensförsörjning", false);
        var struket = beslutat("Äldre införande", false);
        utkast("Bara ett utkast", false);
        klocka.till(LocalDate.of(2026, 3, 2));
        folk.loggaIn(TestFolk.GIVARE);
        atgarder.pausa(pausat, "Väntar på budgetbeslut");
        klocka.till(LocalDate.of(2026, 4, 1));
        folk.loggaIn(TestFolk.GIVARE);
        atgarder.stryk(struket, "Ny inriktning för regionen");
    }

    @Test
    void a_registrator_gets_counts_table_added_and_late_uppdrag_of_the_unit_as_they_stood_at_the_end_of_june() {
        seed();
        var rapport = halvarsrapporten();

        assertThat(rapport.per()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(rapport.antal()).isEqualTo(new Uppfoljningsrapport.Antal(4, 2, 0, 1, 1, 1));
        assertThat(rapport.rader()).extracting(r -> r.titel() + ": " + r.lage()).containsExactlyInAnyOrder(
                "Digitala vårdtjänster: PAGAENDE", "Lokalförsörjning utan slutdatum: PAGAENDE",
                "Kompetensförsörjning: PAUSAD", "Äldre införande: STRUKEN");
        assertThat(rapport.rader()).allSatisfy(r -> assertThat(r.diarienummer()).isNotNull());
        assertThat(rapport.rader()).filteredOn(r -> r.lage() == Uppfoljningsrapport.Lage.PAUSAD).singleElement()
                .satisfies(r -> {
                    assertThat(r.kommentar()).isEqualTo("Väntar på budgetbeslut");
                    assertThat(r.lagesdatum()).isEqualTo(LocalDate.of(2026, 3, 2));
                });
        assertThat(rapport.tillkommande()).hasSize(4).allSatisfy(t -> assertThat(t.beslutsdatum()).isEqualTo(LocalDate.of(2026, 2, 2)));
        assertThat(rapport.forsenade()).singleElement().satisfies(f -> {
            assertThat(f.titel()).isEqualTo("Lokalförsörjning utan slutdatum");
            assertThat(f.aterredovisasSenast()).isEqualTo(LocalDate.of(2026, 5, 3));
            assertThat(f.dagar()).isEqualTo(58);
        });
    }

    @Test
    void the_xlsx_reads_back_as_the_report_and_the_pdf_is_pdf_a_with_every_section() throws Exception {
        seed();
        var rapport = halvarsrapporten();
        var texter = Rapporttexter.pa(Rapporttexter.SVENSKA);

        try (var bok = new XSSFWorkbook(new ByteArrayInputStream(rapporter.xlsx(rapport, Rapporttexter.SVENSKA)))) {
            assertThat(rader(bok, "Antal uppdrag")).containsExactly(
                    List.of("Nya", "Pågående", "Avslutade", "Pausade", "Strukna", "Försenade"), List.of("4", "2", "0", "1", "1", "1"));
            var tabell = rader(bok, "Uppdrag och status");
            assertThat(tabell.getFirst()).containsExactly("Uppdrag/åtgärd", "Tidplan", "Ansvarig", "Status", "Kommentar");
            assertThat(tabell.subList(1, tabell.size())).containsExactlyElementsOf(rapport.rader().stream()
                    .map(r -> List.of(Rapporttexter.uppdrag(r), texter.tidplan(r), r.ansvarig(), texter.status(r), texter.kommentar(r)))
                    .toList());
            assertThat(rader(bok, "Försenad återredovisning").get(1)).endsWith("2026-05-03 (90 dagar efter beslut)", "58");
            assertThat(rader(bok, "Tillkommande uppdrag under")).hasSize(5);
            assertThat(rader(bok, "Ekonomi (kr)").getFirst()).as("the uppdrag's financing is their budget")
                    .containsExactly("Uppdrag/åtgärd", "Budget", "Prognos", "Utfall", "Avvikelse");
        }
        var pdf = rapporter.pdf(rapport, Rapporttexter.SVENSKA);
        try (var dokument = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(dokument)).contains("Uppföljningsrapport – Första halvåret 2026")
                    .contains("Antal uppdrag").contains("Uppdrag och status").contains("Tillkommande uppdrag under perioden")
                    .contains("Försenad återredovisning").contains("Kompetensförsörjning").contains("Väntar på budgetbeslut")
                    .contains(enhet);
        }
        assertThat(PdfA.fel(pdf)).isEmpty();
        var tabeller = se.uppdrag.TaggadPdf.struktur(pdf).alla("Table");
        assertThat(tabeller).as("counts, status, tillkommande, late, and money per uppdrag, unit and uppdragsgivare").hasSize(7);
        assertThat(tabeller.getFirst().alla("TH")).extracting(se.uppdrag.TaggadPdf.Element::text)
                .containsExactly("Nya", "Pågående", "Avslutade", "Pausade", "Strukna", "Försenade");
        assertThat(tabeller.getFirst().alla("TD")).extracting(se.uppdrag.TaggadPdf.Element::text).containsExactly("4", "2", "0", "1", "1", "1");
        assertThat(tabeller.get(1).alla("TBody").getFirst().barn()).hasSize(rapport.rader().size());
    }

    @Test
    void a_person_outside_the_uppdrag_gets_an_empty_report_and_does_not_see_the_unit() {
        seed();
        klocka.till(LocalDate.of(2026, 8, 20));
        folk.loggaIn(TestFolk.UTOMSTAENDE);

        assertThat(rapporter.rapport(FORSTA_HALVARET_2026, enhet).rader()).isEmpty();
        assertThat(rapporter.enheter()).doesNotContain(enhet);
        folk.loggaIn(TestFolk.MEDLEM);
        assertThat(rapporter.enheter()).contains(enhet);
        assertThat(rapporter.rapport(FORSTA_HALVARET_2026, enhet).rader()).hasSize(4);
    }

    private static List<List<String>> rader(XSSFWorkbook bok, String blad) {
        var format = new DataFormatter();
        var rader = new ArrayList<List<String>>();
        for (var rad : bok.getSheet(blad)) {
            var celler = new ArrayList<String>();
            rad.forEach(cell -> celler.add(format.formatCellValue(cell)));
            rader.add(celler);
        }
        return rader;
    }
}
