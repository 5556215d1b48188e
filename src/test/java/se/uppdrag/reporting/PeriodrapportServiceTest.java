package se.uppdrag.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManagerFactory;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import se.uppdrag.Handlingar;
import se.uppdrag.PdfA;
import se.uppdrag.TestFolk;
import se.uppdrag.personer.NyPerson;
import se.uppdrag.personer.PersonService;
import se.uppdrag.reporting.Periodrapport.Status;
import se.uppdrag.reporting.internal.PeriodrapportEntity;
import se.uppdrag.reporting.internal.PeriodrapportInnehallEntity;
import se.uppdrag.uppdrag.Beslut;
import se.uppdrag.uppdrag.ProcessTestBase;
import se.uppdrag.uppdrag.Statusrapport;
import se.uppdrag.uppdrag.StatusrapportService;
import se.uppdrag.uppdrag.UppdragId;

/**
 * The uppföljningsrapport of a period as a work product, carried through its own process: started by a registrator,
 * compiled with summaries, marked ready, sent back or approved by its decision-maker, and frozen.
 */
class PeriodrapportServiceTest extends ProcessTestBase {

    private static final Rapportperiod FORSTA_HALVARET_2026 = Rapportperiod.halvaret(LocalDate.of(2026, 3, 1));

    @Autowired
    PeriodrapportService rapporter;
    @Autowired
    UppfoljningsrapportService uppfoljning;
    @Autowired
    StatusrapportService statusrapporter;
    @Autowired
    PersonService personer;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EntityManagerFactory jpa;

    private String enhet;

    @BeforeEach
    void egenEnhet() {
        enhet = "Enheten " + folk.anvandarnamn(TestFolk.AGARE);
    }

    private UppdragId beslutatMedStatusrapport(String titel, String kommentar) {
        klocka.till(LocalDate.of(2026, 2, 2));
        folk.loggaIn(TestFolk.AGARE);
        var lankat = uppdrag.skapa(Handlingar.enkel(uppdrag.nyttUtkast(), "Förstudie till " + titel));
        var id = uppdrag.skapa(Handlingar.iEnhet(Handlingar.fullstandig(uppdrag.nyttUtkast(), folk,
                new se.uppdrag.uppdrag.UppdragRef(lankat.id(), lankat.titel(), null)), enhet, titel)).id();
        skickaForBeslut(id);
        beslut.besluta(uppgift(TestFolk.BESLUTSFATTARE, id, "beslutsuppgift").id(), Beslut.FASTSTALL, null);
        klocka.till(LocalDate.of(2026, 5, 20));
        folk.loggaIn(TestFolk.TAGARE);
        statusrapporter.lamna(id, Statusrapport.Ljus.GUL, Statusrapport.Trend.NEGATIV, kommentar,
                new Statusrapport.Resultat(new BigDecimal("1200000"), new BigDecimal("400000"), "0,5 årsarbetare"), null);
        return id;
    }

    private Periodrapport startad() {
        return startad(LocalDate.of(2026, 7, 6));
    }

    private Periodrapport startad(LocalDate dag) {
        klocka.till(dag);
        folk.loggaIn(TestFolk.REGISTRATOR);
        return rapporter.starta(new PeriodrapportService.Ny("Uppföljning av regionstyrelsens uppdrag, första halvåret 2026",
                FORSTA_HALVARET_2026, enhet, folk.person(TestFolk.BESLUTSFATTARE).id()), null);
    }

    private List<Map<String, Object>> post(String roll, String typ) {
        return jdbc.queryForList("select amne, lank from utgaende_post where mottagare_epost = ? and typ = ? order by id",
                folk.person(roll).epost().value(), typ);
    }

    private Map<Uppfoljningsrapport.Placering, String> sammanfattning(Periodrapport rapport, String text) {
        folk.loggaIn(TestFolk.REGISTRATOR);
        return Map.of(rapporter.underlag(rapport.id()).grupper().getFirst(), text);
    }

    @Test
    void the_decision_maker_approves_what_was_marked_ready_and_later_status_reports_do_not_change_the_frozen_report()
            throws Exception {
        var id = beslutatMedStatusrapport("Digitala vårdtjänster", "Upphandlingen drar ut på tiden");
        // compiled before the half-year ends, so that what is filed afterwards still belongs to its period
        var rapport = startad(LocalDate.of(2026, 6, 22));
        assertThat(rapport.status()).isEqualTo(Status.UTKAST);
        assertThat(uppgift(TestFolk.REGISTRATOR, "periodrapportSammanstallning").arende().titel()).isEqualTo(rapport.titel());
        assertThat(post(TestFolk.REGISTRATOR, "UPPFOLJNINGSRAPPORT_UPPGIFT")).singleElement()
                .satisfies(mail -> assertThat((String) mail.get("lank")).contains("/uppgifter/"));

        var klar = rapporter.markeraKlar(rapport.id(), rapport.version(), sammanfattning(rapport, "Arbetet går men långsamt."), null);
        assertThat(klar.status()).isEqualTo(Status.KLAR);
        assertThat(klar.per()).as("while the period runs, today").isEqualTo(LocalDate.of(2026, 6, 22));
        assertThat(post(TestFolk.BESLUTSFATTARE, "UPPFOLJNINGSRAPPORT_UPPGIFT")).singleElement()
                .satisfies(mail -> assertThat((String) mail.get("amne")).contains("Godkänn uppföljningsrapporten"));
        var vidKlar = rapporter.dokument(rapport.id());
        assertThat(text(vidKlar)).contains("Arbetet går men långsamt.", "Upphandlingen drar ut på tiden", "Digitala vårdtjänster");

        // the figures of a report marked ready stand still while the decision-maker reads it
        klocka.till(LocalDate.of(2026, 6, 24));
        folk.loggaIn(TestFolk.TAGARE);
        statusrapporter.lamna(id, Statusrapport.Ljus.ROD, Statusrapport.Trend.NEGATIV, "Leverantören har gått i konkurs", Statusrapport.Resultat.INGET, null);
        klocka.till(LocalDate.of(2026, 6, 25));
        folk.loggaIn(TestFolk.BESLUTSFATTARE);
        assertThat(rapporter.dokument(rapport.id())).isEqualTo(vidKlar);

        var godkand = rapporter.godkann(rapport.id(), null);
        assertThat(godkand.status()).isEqualTo(Status.GODKAND);
        assertThat(godkand.godkand()).isNotNull();
        var pdf = rapporter.pdf(rapport.id());
        var xlsx = rapporter.xlsx(rapport.id());
        assertThat(PdfA.fel(pdf)).isEmpty();
        try (var dokument = Loader.loadPDF(pdf)) {
            var texten = new PDFTextStripper().getText(dokument).replaceAll("\\s+", " ");
            assertThat(texten).contains("Godkänd 2026-06-25 av " + folk.person(TestFolk.BESLUTSFATTARE).namn(),
                    "Arbetet går men långsamt.", "Upphandlingen drar ut på tiden").doesNotContain("Leverantören har gått i konkurs");
        }
        assertThat(celler(xlsx)).contains("Upphandlingen drar ut på tiden").doesNotContain("Leverantören har gått i konkurs");
        assertThat(rapporter.kontrollsummor(rapport.id())).hasSize(2).allSatisfy(s -> assertThat(s).hasSize(64));
        assertThat(post(TestFolk.REGISTRATOR, "UPPFOLJNINGSRAPPORT_GODKAND")).hasSize(1);

        // what happens to the uppdrag afterwards changes the live report, never the approved one
        klocka.till(LocalDate.of(2026, 6, 28));
        folk.loggaIn(TestFolk.TAGARE);
        statusrapporter.lamna(id, Statusrapport.Ljus.GRON, Statusrapport.Trend.POSITIV, "Ny leverantör på plats", Statusrapport.Resultat.INGET, null);
        klocka.till(LocalDate.of(2026, 8, 1));
        folk.loggaIn(TestFolk.REGISTRATOR);
        assertThat(uppfoljning.rapport(FORSTA_HALVARET_2026, enhet).rader()).singleElement()
                .satisfies(r -> assertThat(r.kommentar()).isEqualTo("Ny leverantör på plats"));
        assertThat(rapporter.pdf(rapport.id())).isEqualTo(pdf);
        assertThat(rapporter.xlsx(rapport.id())).isEqualTo(xlsx);
        assertThat(text(rapporter.dokument(rapport.id()))).contains("Upphandlingen drar ut på tiden")
                .doesNotContain("Ny leverantör på plats");
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(String.valueOf(rapport.id().value()))
                .processDefinitionKey("uppfoljningsrapport").count()).as("its process has ended").isZero();
    }

    @Test
    void nobody_but_the_decision_maker_approves_and_the_tasks_are_never_handed_on() {
        beslutatMedStatusrapport("Lokalförsörjning", "Enligt plan");
        var rapport = startad();
        rapporter.markeraKlar(rapport.id(), rapport.version(), Map.of(), null);
        for (var roll : List.of(TestFolk.REGISTRATOR, TestFolk.ADMINISTRATOR, TestFolk.GIVARE, TestFolk.AGARE)) {
            folk.loggaIn(roll);
            assertThatThrownBy(() -> rapporter.godkann(rapport.id(), null)).as(roll).isInstanceOf(AccessDeniedException.class);
        }
        folk.loggaIn(TestFolk.REGISTRATOR);
        assertThatThrownBy(() -> rapporter.aterremittera(rapport.id(), "Nej", null)).isInstanceOf(AccessDeniedException.class)
                .hasMessage("Bara rapportens beslutsfattare kan godkänna den eller skicka tillbaka den.");
        var uppgiften = uppgift(TestFolk.BESLUTSFATTARE, "periodrapportGodkannande");
        assertThat(uppgifter.mojligheter(uppgiften.id()).delegera()).isFalse();
        assertThat(uppgifter.mojligheter(uppgiften.id()).omfordela()).as("no Omfördela offered either").isFalse();
        assertThatThrownBy(() -> uppgifter.delegera(uppgiften.id(), folk.person(TestFolk.GIVARE).id()))
                .hasMessage("En uppföljningsrapports uppgifter kan inte lämnas över: de hör till dem som rapporten namnger.");
        assertThatThrownBy(() -> uppgifter.omfordela(uppgiften.id(), folk.person(TestFolk.GIVARE).id()))
                .isInstanceOf(AccessDeniedException.class);
        folk.loggaIn(TestFolk.BESLUTSFATTARE);
        assertThat(rapporter.hamta(rapport.id()).status()).isEqualTo(Status.KLAR);
    }

    @Test
    void sent_back_it_is_a_draft_drawn_from_the_data_again_and_the_compiler_is_told_why() {
        beslutatMedStatusrapport("Kompetensförsörjning", "Enligt plan");
        var rapport = startad();
        rapporter.markeraKlar(rapport.id(), rapport.version(), sammanfattning(rapport, "Första försöket."), null);
        folk.loggaIn(TestFolk.BESLUTSFATTARE);
        assertThatThrownBy(() -> rapporter.aterremittera(rapport.id(), "  ", null))
                .isInstanceOfSatisfying(PeriodrapportFelException.class, fel -> assertThat(fel.falt()).isEqualTo("kommentar"))
                .hasMessage("Skriv varför du skickar tillbaka rapporten.");

        var tillbaka = rapporter.aterremittera(rapport.id(), "Sammanfattningen behöver siffror.", null);

        assertThat(tillbaka.status()).isEqualTo(Status.UTKAST);
        assertThat(tillbaka.aterremiss()).isEqualTo("Sammanfattningen behöver siffror.");
        assertThat(tillbaka.sammanfattningar()).containsValue("Första försöket.");
        assertThat(post(TestFolk.REGISTRATOR, "UPPFOLJNINGSRAPPORT_UPPGIFT")).hasSize(2);
        assertThat(jdbc.queryForObject("select text_plain from utgaende_post where mottagare_epost = ? and typ = ? order by id desc"
                + " fetch first 1 rows only", String.class, folk.person(TestFolk.REGISTRATOR).epost().value(),
                "UPPFOLJNINGSRAPPORT_UPPGIFT")).contains("Sammanfattningen behöver siffror.");
        folk.loggaIn(TestFolk.REGISTRATOR);
        var igen = rapporter.markeraKlar(rapport.id(), tillbaka.version(), sammanfattning(rapport, "Andra försöket, 3 av 4 klara."), null);
        assertThat(igen.status()).isEqualTo(Status.KLAR);
        assertThat(text(rapporter.dokument(rapport.id()))).contains("Andra försöket, 3 av 4 klara.");
    }

    @Test
    void the_decision_maker_is_someone_else_with_a_login_and_a_title_and_period_are_needed() {
        klocka.till(LocalDate.of(2026, 7, 6));
        folk.loggaIn(TestFolk.ADMINISTRATOR);
        var utanInloggning = personer.skapa(new NyPerson("Vera Utan Konto", "Regiondirektör", enhet, null));
        folk.loggaIn(TestFolk.REGISTRATOR);
        var jag = folk.person(TestFolk.REGISTRATOR).id();
        assertThatThrownBy(() -> rapporter.starta(new PeriodrapportService.Ny("Rapport", FORSTA_HALVARET_2026, null, jag), null))
                .isInstanceOfSatisfying(PeriodrapportFelException.class, fel -> assertThat(fel.falt()).isEqualTo("beslutsfattare"))
                .hasMessageContaining("Välj någon annan");
        assertThatThrownBy(() -> rapporter.starta(new PeriodrapportService.Ny("Rapport", FORSTA_HALVARET_2026, null,
                utanInloggning.id()), null)).hasMessageContaining("har ingen inloggning");
        assertThatThrownBy(() -> rapporter.starta(new PeriodrapportService.Ny(" ", FORSTA_HALVARET_2026, null,
                folk.person(TestFolk.BESLUTSFATTARE).id()), null)).hasMessage("Skriv en rubrik för rapporten.");
        assertThatThrownBy(() -> rapporter.starta(new PeriodrapportService.Ny("Rapport", null, null,
                folk.person(TestFolk.BESLUTSFATTARE).id()), null)).isInstanceOf(PeriodrapportFelException.class);
        folk.loggaIn(TestFolk.AGARE);
        assertThatThrownBy(() -> rapporter.starta(new PeriodrapportService.Ny("Rapport", FORSTA_HALVARET_2026, null,
                folk.person(TestFolk.BESLUTSFATTARE).id()), null)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void only_its_people_registrators_and_administrators_read_it() {
        beslutatMedStatusrapport("Ett uppdrag", "Enligt plan");
        var rapport = startad();
        for (var roll : List.of(TestFolk.REGISTRATOR, TestFolk.ADMINISTRATOR, TestFolk.BESLUTSFATTARE)) {
            folk.loggaIn(roll);
            assertThat(rapporter.lista()).as(roll).extracting(Periodrapport::id).contains(rapport.id());
        }
        for (var roll : List.of(TestFolk.UTOMSTAENDE, TestFolk.AGARE, TestFolk.TAGARE)) {
            folk.loggaIn(roll);
            assertThat(rapporter.lista()).as(roll).extracting(Periodrapport::id).doesNotContain(rapport.id());
            assertThatThrownBy(() -> rapporter.hamta(rapport.id())).as(roll).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> rapporter.pdf(rapport.id())).as(roll).isInstanceOf(AccessDeniedException.class);
        }
        folk.loggaIn(TestFolk.BESLUTSFATTARE);
        assertThatThrownBy(() -> rapporter.markeraKlar(rapport.id(), rapport.version(), Map.of(), null))
                .hasMessage("Bara den som sammanställer rapporten kan ändra den.");
    }

    @Test
    void a_draft_pdf_says_on_every_page_that_it_is_not_approved() throws Exception {
        beslutatMedStatusrapport("Ett uppdrag", "Enligt plan");
        var rapport = startad();
        try (var dokument = Loader.loadPDF(rapporter.pdf(rapport.id()))) {
            assertThat(new PDFTextStripper().getText(dokument)).contains("Utkast – inte godkänt");
        }
    }

    @Test
    void the_list_never_loads_what_the_reports_keep_only_a_report_of_its_own_does() {
        beslutatMedStatusrapport("Ett uppdrag", "Enligt plan");
        var rapport = startad();
        rapporter.markeraKlar(rapport.id(), rapport.version(), Map.of(), null);
        folk.loggaIn(TestFolk.BESLUTSFATTARE);
        rapporter.godkann(rapport.id(), null);
        // turned on for this test only: counting costs every other test a little
        var statistik = jpa.unwrap(SessionFactory.class).getStatistics();
        statistik.clear();
        statistik.setStatisticsEnabled(true);
        try {
            folk.loggaIn(TestFolk.REGISTRATOR);
            assertThat(rapporter.lista()).extracting(Periodrapport::id).contains(rapport.id());
            assertThat(statistik.getEntityStatistics(PeriodrapportEntity.class.getName()).getLoadCount())
                    .as("the reports themselves").isPositive();
            assertThat(statistik.getEntityStatistics(PeriodrapportInnehallEntity.class.getName()).getLoadCount())
                    .as("their document, PDF and XLSX").isZero();

            assertThat(rapporter.pdf(rapport.id())).isNotEmpty();
            assertThat(statistik.getEntityStatistics(PeriodrapportInnehallEntity.class.getName()).getLoadCount())
                    .as("what the download reads").isEqualTo(1);
        } finally {
            statistik.setStatisticsEnabled(false);
            statistik.clear();
        }
    }

    private se.uppdrag.workflow.Uppgift uppgift(String roll, String typ) {
        folk.loggaIn(roll);
        return uppgifter.mina(se.uppdrag.workflow.UppgiftFilter.alla()).stream().filter(u -> u.typ().equals(typ)).findFirst()
                .orElseThrow();
    }

    private static String text(se.uppdrag.dokument.Dokument dokument) {
        var text = new StringBuilder(String.join(" ", dokument.huvud()));
        dokument.sektioner().forEach(s -> {
            text.append(' ').append(s.rubrik());
            s.block().forEach(b -> text.append(' ').append(b));
        });
        return text.toString();
    }

    private static List<String> celler(byte[] xlsx) throws Exception {
        var celler = new java.util.ArrayList<String>();
        try (var bok = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var format = new DataFormatter();
            bok.forEach(blad -> blad.forEach(rad -> rad.forEach(cell -> celler.add(format.formatCellValue(cell)))));
        }
        return celler;
    }

}
