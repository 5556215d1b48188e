package se.uppdrag.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static se.uppdrag.TestFolk.ADMINISTRATOR;
import static se.uppdrag.TestFolk.BESLUTSFATTARE;
import static se.uppdrag.TestFolk.REGISTRATOR;
import static se.uppdrag.TestFolk.TAGARE;
import static se.uppdrag.browser.Vaadinfalt.datum;
import static se.uppdrag.browser.Vaadinfalt.falt;
import static se.uppdrag.browser.Vaadinfalt.knapp;
import static se.uppdrag.browser.Vaadinfalt.lank;
import static se.uppdrag.browser.Vaadinfalt.meddelande;
import static se.uppdrag.browser.Vaadinfalt.valj;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.uppdrag.Handlingar;
import se.uppdrag.PdfA;
import se.uppdrag.Postlada;
import se.uppdrag.TestFolk;
import se.uppdrag.notification.PostSandare;
import se.uppdrag.plan.Indikator;
import se.uppdrag.plan.IndikatorService;
import se.uppdrag.plan.IndikatorUtkast;
import se.uppdrag.plan.Plan;
import se.uppdrag.plan.PlanService;
import se.uppdrag.uppdrag.Finansiering;
import se.uppdrag.uppdrag.Planplacering;
import se.uppdrag.uppdrag.Statusrapport;
import se.uppdrag.uppdrag.StatusrapportService;
import se.uppdrag.uppdrag.UppdragId;
import se.uppdrag.uppdrag.UppdragRef;
import se.uppdrag.uppdrag.UppdragService;
import se.uppdrag.uppdrag.Uppdragshandling;

/**
 * A half-year's uppföljningsrapport from the plan to the approved, frozen files, each step in the browser by the person
 * who does it: the administrator sets up the plan with two målområden; three uppdrag of it (one decided after the plan
 * was adopted) get status reports with effects and money; the registrator compiles the report, writes a summary per
 * målområde and marks it ready; the beslutsfattare opens the mail's link and approves it; the frozen PDF and XLSX carry
 * every table with the figures shown on screen. Screenshots go to target/screenshots/uppfoljningsrapportens-resa/.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class UppfoljningsrapportensResaBrowserTest extends BrowserTestBase {

    @RegisterExtension
    static final GreenMailExtension SMTP = Postlada.smtp();

    private static final LocalDate ANTAGEN = LocalDate.of(2026, 1, 20);
    private static final String VARD = "God och nära vård";
    private static final String EKONOMI = "Ekonomi i balans";

    private final Skarmbilder bilder = new Skarmbilder("uppfoljningsrapportens-resa");
    private String suffix;
    private String planNamn;
    private String enhet;
    private String rapportTitel;
    private Plan plan;
    private UppdragId vardplatser;
    private UppdragId lakemedel;
    private UppdragId hemsjukvard;
    private String rapportAdress;
    private Rapporttabeller paSkarmen;

    @Test
    @Order(1)
    void an_administrator_sets_up_a_plan_with_two_malomraden_and_their_mal() {
        suffix = folk.anvandarnamn("").substring(1);
        planNamn = "Regionstyrelsens verksamhetsplan 2026 " + suffix;
        enhet = "Regionkontoret " + suffix;
        klocka.till(ANTAGEN);
        var administrator = inloggad(ADMINISTRATOR);
        var sida = administrator.sida();
        administrator.oppna("planer");
        falt(sida, "Planens namn").fill(planNamn);
        falt(sida, "Från år").fill("2026");
        falt(sida, "Till och med år").fill("2027");
        datum(falt(sida, "Antagen den"), ANTAGEN.toString());
        falt(sida, "Antagen av (nämnd eller styrelse)").fill("Regionstyrelsen");
        var rader = sida.locator(".malomrade-rad");
        falt(rader.nth(0), "Målområde").fill(VARD);
        falt(rader.nth(0), "Mål").fill("Fler ska få vård i hemmet\nKortare väntetider");
        knapp(sida, "Lägg till målområde").click();
        assertThat(rader).hasCount(2);
        falt(rader.nth(1), "Målområde").fill(EKONOMI);
        falt(rader.nth(1), "Mål").fill("Budgeten hålls");
        bilder.ta(administrator, "planen-skrivs");
        knapp(sida, "Spara planen").click();

        assertThat(meddelande(sida, "Planen " + planNamn + " är sparad.")).isVisible();
        assertThat(sida.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(planNamn)).first()).isVisible();
        bilder.ta(administrator, "planen-sparad");
        plan = se.uppdrag.SomAdministrator.gor(() -> beans.getBean(PlanService.class).planer()).stream()
                .filter(p -> p.namn().equals(planNamn)).findFirst().orElseThrow();
        Assertions.assertThat(plan.antagen()).isEqualTo(ANTAGEN);
        Assertions.assertThat(plan.malomraden()).extracting(m -> m.namn()).containsExactly(VARD, EKONOMI);
    }

    /**
     * Two uppdrag decided on the day the plan was adopted are the plan's own; one decided in March was added afterwards.
     * An indicator follows a mål of the first målområde (set up through the services: the indicators page has its own tests).
     */
    @Test
    @Order(2)
    void three_uppdrag_of_the_plan_are_decided_one_of_them_after_the_plan_was_adopted() {
        var steg = new Processteg(beans, folk);
        var tjanst = beans.getBean(UppdragService.class);
        folk.loggaIn(TestFolk.AGARE);
        var forstudie = tjanst.skapa(Handlingar.enkel(tjanst.nyttUtkast(), "Förstudie till planens uppdrag " + suffix));
        var lankat = new UppdragRef(forstudie.id(), forstudie.titel(), null);
        vardplatser = steg.faststallt(tomt -> iPlanen(tomt, lankat, VARD, "RS 1", "Vårdplatser i hela regionen " + suffix,
                "2000000", "2,0 årsarbetare"));
        lakemedel = steg.faststallt(tomt -> iPlanen(tomt, lankat, EKONOMI, "RS 2", "Läkemedelskostnaderna " + suffix,
                "750000", "500–1 000 timmar"));
        klocka.till(LocalDate.of(2026, 3, 2));
        hemsjukvard = steg.faststallt(tomt -> iPlanen(tomt, lankat, VARD, "RS 3", "Avancerad sjukvård i hemmet " + suffix,
                "1250000.50", null));

        var indikatorer = beans.getBean(IndikatorService.class);
        folk.loggaIn(ADMINISTRATOR);
        var mal = indikatorer.malen(plan.id()).stream().filter(m -> m.text().equals("Fler ska få vård i hemmet")).findFirst().orElseThrow();
        var indikator = indikatorer.spara(new IndikatorUtkast(null, mal.id(), "Andel i hemsjukvård " + suffix,
                Indikator.Slag.KVANTITATIV, "procent", Indikator.Riktning.HOGRE_AR_BATTRE), null);
        indikatorer.sparaAr(indikator.id(), new Indikator.Arsvarde(2025, null, new BigDecimal("12.5"), null, "Utgångsläge"), null);
        indikatorer.sparaAr(indikator.id(), new Indikator.Arsvarde(2026, new BigDecimal("15"), new BigDecimal("14"), null, null), null);
        TestFolk.loggaUt();
    }

    private Uppdragshandling iPlanen(Uppdragshandling tomt, UppdragRef lankat, String malomrade, String nummer, String titel,
            String budget, String beraknadEffekt) {
        var malomradet = plan.malomraden().stream().filter(m -> m.namn().equals(malomrade)).findFirst().orElseThrow();
        var handling = Handlingar.iEnhet(Handlingar.fullstandig(tomt, folk, lankat), enhet, titel);
        return Handlingar.medFinansiering(handling, new Finansiering("Inom ramen för planen.", new BigDecimal(budget), beraknadEffekt))
                .iPlan(new Planplacering(plan.id(), malomradet.id(), nummer, "Regionstyrelsen", List.of()));
    }

    @Test
    @Order(3)
    void the_uppdragstagare_files_status_reports_with_effects_and_money_one_of_them_in_the_browser() {
        klocka.till(LocalDate.of(2026, 5, 18));
        var tagare = inloggad(TAGARE);
        var sida = tagare.sida();
        tagare.oppna("uppdrag/" + vardplatser.value());
        knapp(sida, "Lämna statusrapport").click();
        var dialog = sida.getByRole(AriaRole.DIALOG);
        falt(dialog, "Gul – risk eller avvikelse").check();
        falt(dialog, "Negativ").check();
        falt(dialog, "Kommentar").fill("Bemanningen av de nya vårdplatserna dröjer till hösten.");
        falt(dialog, "Prognos för hela uppdraget").fill("2 100 000");
        falt(dialog, "Utfall hittills").fill("800 000");
        falt(dialog, "Realiserad effekt hittills").fill("0,5 årsarbetare");
        bilder.ta(tagare, "statusrapport-med-effekt-och-pengar");
        tagare.tillganglig("statusrapporten från uppdragets sida");
        knapp(dialog, "Lämna statusrapport").click();
        assertThat(meddelande(sida, "Statusrapporten är lämnad.")).isVisible();

        var statusrapporter = beans.getBean(StatusrapportService.class);
        folk.loggaIn(TAGARE);
        statusrapporter.lamna(lakemedel, Statusrapport.Ljus.GRON, Statusrapport.Trend.POSITIV, "Nya avtal ger lägre priser.",
                new Statusrapport.Resultat(new BigDecimal("700000"), new BigDecimal("300000"), "600 timmar"), null);
        statusrapporter.lamna(hemsjukvard, Statusrapport.Ljus.ROD, Statusrapport.Trend.OFORANDRAD, "Rekryteringen har inte börjat.",
                new Statusrapport.Resultat(new BigDecimal("1400000"), new BigDecimal("150000.25"), null), null);
        TestFolk.loggaUt();
    }

    @Test
    @Order(4)
    void the_registrator_compiles_the_report_writes_a_summary_per_malomrade_and_marks_it_ready() {
        klocka.till(LocalDate.of(2026, 6, 22));
        rapportTitel = "Uppföljning av verksamhetsplanen, första halvåret 2026 " + suffix;
        var registrator = inloggad(REGISTRATOR);
        var sida = registrator.sida();
        registrator.oppna("uppfoljningsrapporter");
        falt(sida, "Rubrik").fill(rapportTitel);
        valj(sida, falt(sida, "Beslutsfattare"), folk.person(BESLUTSFATTARE).namn());
        valj(sida, falt(sida, "Enhet"), enhet);
        bilder.ta(registrator, "ny-uppfoljningsrapport");
        knapp(sida, "Påbörja rapporten").click();
        sida.waitForURL(Pattern.compile(".*/uppfoljningsrapporter/\\d+$"));
        registrator.vantaPaVaadin();
        rapportAdress = URI.create(sida.url()).getPath();
        assertThat(sida.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(rapportTitel);
        assertThat(sida.locator("#periodrapport-status")).hasText("Utkast");

        var rapport = sida.locator(".rapport");
        assertThat(rapport).containsText("Vårdplatser i hela regionen " + suffix);
        assertThat(rapport).containsText("Bemanningen av de nya vårdplatserna dröjer till hösten.");
        falt(sida, "Sammanfattning – " + planNamn + " – " + VARD)
                .fill("Två av tre uppdrag har risker: bemanningen och rekryteringen till hemsjukvården.");
        falt(sida, "Sammanfattning – " + planNamn + " – " + EKONOMI).fill("Läkemedelskostnaderna sjunker som planerat.");
        knapp(sida, "Spara sammanfattningarna").click();
        assertThat(meddelande(sida, "Sammanfattningarna är sparade.")).isVisible();
        bilder.ta(registrator, "utkastet-med-sammanfattningar");
        registrator.tillganglig("uppföljningsrapportens utkast");
        knapp(sida, "Markera som klar för godkännande").click();
        assertThat(meddelande(sida, "Rapporten är klar och har skickats till beslutsfattaren för godkännande.")).isVisible();
        assertThat(sida.locator("#periodrapport-status")).hasText("Klar för godkännande");
        assertThat(rapport).containsText("Två av tre uppdrag har risker");
        bilder.ta(registrator, "klar-for-godkannande");
    }

    @Test
    @Order(5)
    void the_beslutsfattare_follows_the_mails_link_and_approves_the_report() {
        var sandare = beans.getBean(PostSandare.class);
        while (sandare.skickaVantande() > 0) {
            // every mail waiting in the outbox goes to the tests' SMTP server, as the sender would every ten seconds
        }
        var brev = Postlada.till(SMTP, folk.person(BESLUTSFATTARE).epost().value()).stream()
                .filter(m -> Postlada.amne(m).contains("Godkänn uppföljningsrapporten") && Postlada.amne(m).contains(suffix))
                .findFirst().orElseThrow(() -> new AssertionError("Inget brev om godkännandet till beslutsfattaren"));
        var lank = Pattern.compile(Pattern.quote(BrowserTest.PUBLIK_ADRESS) + "/uppgifter/[\\w-]+").matcher(Postlada.html(brev))
                .results().findFirst().orElseThrow().group();

        var beslutsfattare = nyttFonster();
        var sida = beslutsfattare.sida();
        beslutsfattare.oppna(URI.create(lank).getPath());
        assertThat(sida).hasURL(Pattern.compile(".*/login$"));
        beslutsfattare.fyllIInloggningen(folk.anvandarnamn(BESLUTSFATTARE), TestFolk.LOSENORD);
        Assertions.assertThat(URI.create(sida.url()).getPath()).isEqualTo(URI.create(lank).getPath());
        assertThat(sida.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Godkänn uppföljningsrapporten");
        assertThat(sida.locator(".rapport").first()).containsText("Läkemedelskostnaderna sjunker som planerat.");
        bilder.ta(beslutsfattare, "godkannandet-fran-mejlets-lank");
        beslutsfattare.tillganglig("godkännandet av uppföljningsrapporten");
        knapp(sida, "Godkänn rapporten").click();
        assertThat(meddelande(sida, "Rapporten är godkänd och fryst.")).isVisible();

        beslutsfattare.ga(rapportAdress);
        assertThat(sida.locator("#periodrapport-status")).hasText("Godkänd");
        assertThat(sida.locator("body")).containsText("Godkänd och fryst: siffrorna står som de var " + LocalDate.now(klocka));
        paSkarmen = Rapporttabeller.paSkarmen(sida);
        bilder.ta(beslutsfattare, "den-godkanda-rapporten");
        beslutsfattare.tillganglig("den godkända uppföljningsrapporten");

        Assertions.assertThat(paSkarmen.namn()).as("the report's tables on screen").contains(
                "Uppdrag och status – " + planNamn + " – " + VARD,
                "Tillkommande uppdrag under perioden – " + planNamn + " – " + VARD,
                "Uppdrag och status – " + planNamn + " – " + EKONOMI);
        var skarmtext = String.join(" ", paSkarmen.varden().toString());
        Assertions.assertThat(skarmtext).contains("Vårdplatser i hela regionen " + suffix, "Läkemedelskostnaderna " + suffix,
                "Avancerad sjukvård i hemmet " + suffix, "2100000", "800000", "0,5 årsarbetare", "600 timmar", "1250000.5",
                "Andel i hemsjukvård " + suffix);
        var tillkommande = paSkarmen.tabell("Tillkommande uppdrag under perioden – " + planNamn + " – " + VARD);
        Assertions.assertThat(tillkommande.rader()).as("only the uppdrag decided after the adoption").hasSize(2)
                .last().satisfies(rad -> Assertions.assertThat(String.join(" ", rad)).contains("Avancerad sjukvård i hemmet " + suffix)
                        .doesNotContain("Vårdplatser"));
    }

    @Test
    @Order(6)
    void the_frozen_pdf_and_xlsx_carry_every_table_with_the_figures_on_screen_and_later_reports_do_not_change_them()
            throws Exception {
        var beslutsfattare = inloggad(BESLUTSFATTARE);
        var sida = beslutsfattare.sida();
        beslutsfattare.oppna(rapportAdress);
        var summor = sida.locator(".periodrapport-kontrollsummor").innerText();

        var xlsx = ladda(sida, "Ladda ner som Excel (XLSX)", ".xlsx");
        var iArbetsboken = Rapporttabeller.iArbetsboken(xlsx);
        Assertions.assertThat(iArbetsboken.varden()).as("every table of the XLSX, cell by cell, is the one on screen")
                .isEqualTo(paSkarmen.varden());

        var pdf = ladda(sida, "Ladda ner som PDF", ".pdf");
        Assertions.assertThat(PdfA.fel(pdf)).isEmpty();
        String pdfText;
        try (var dokument = Loader.loadPDF(pdf)) {
            pdfText = new PDFTextStripper().getText(dokument).replaceAll("[\\s\\u00a0\\u202f]+", " ");
        }
        Assertions.assertThat(pdfText).contains("Godkänd " + LocalDate.of(2026, 6, 22) + " av " + folk.person(BESLUTSFATTARE).namn(),
                "Två av tre uppdrag har risker", "Läkemedelskostnaderna sjunker som planerat.");
        for (var tabell : paSkarmen.tabeller()) {
            for (var rad : tabell.rader()) {
                for (var cell : rad) {
                    Assertions.assertThat(pdfText).as("the PDF has %s's cell", tabell.namn())
                            .contains(cell.replaceAll("[\\s\\u00a0\\u202f]+", " ").strip());
                }
            }
        }
        Assertions.assertThat(summor).contains(sha256(pdf), sha256(xlsx));

        // what the uppdragstagare files afterwards belongs to the uppdrag, never to the approved report
        klocka.till(LocalDate.of(2026, 6, 29));
        folk.loggaIn(TAGARE);
        beans.getBean(StatusrapportService.class).lamna(vardplatser, Statusrapport.Ljus.GRON, Statusrapport.Trend.POSITIV,
                "Alla vårdplatser är bemannade.", new Statusrapport.Resultat(new BigDecimal("1900000"), null, null), null);
        TestFolk.loggaUt();
        beslutsfattare.oppna(rapportAdress);
        assertThat(sida.locator(".rapport")).not().containsText("Alla vårdplatser är bemannade.");
        Assertions.assertThat(Rapporttabeller.paSkarmen(sida).varden()).isEqualTo(paSkarmen.varden());
        Assertions.assertThat(ladda(sida, "Ladda ner som PDF", ".pdf")).isEqualTo(pdf);
        Assertions.assertThat(ladda(sida, "Ladda ner som Excel (XLSX)", ".xlsx")).isEqualTo(xlsx);
        bilder.ta(beslutsfattare, "fryst-efter-ny-statusrapport");
    }

    /** The button writes the file in the background; its download starts by itself when the file is ready. */
    private byte[] ladda(Page sida, String knapptext, String slut) throws Exception {
        var nedladdning = sida.waitForDownload(() -> knapp(sida, knapptext).click());
        Assertions.assertThat(nedladdning.suggestedFilename()).startsWith(rapportTitel.replace(",", "")).endsWith(slut);
        var fil = bilder.mapp().resolve("rapport" + slut);
        nedladdning.saveAs(fil);
        return Files.readAllBytes(fil);
    }

    private static String sha256(byte[] innehall) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(innehall));
    }
}
