package se.uppdrag.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static se.uppdrag.TestFolk.ADMINISTRATOR;
import static se.uppdrag.TestFolk.AGARE;
import static se.uppdrag.TestFolk.BESLUTSFATTARE;
import static se.uppdrag.TestFolk.GIVARE;
import static se.uppdrag.TestFolk.GIVARE2;
import static se.uppdrag.TestFolk.MEDLEM;
import static se.uppdrag.TestFolk.MOTTAGARE;
import static se.uppdrag.TestFolk.TAGARE;
import static se.uppdrag.TestFolk.UTOMSTAENDE;
import static se.uppdrag.browser.Vaadinfalt.datum;
import static se.uppdrag.browser.Vaadinfalt.falt;
import static se.uppdrag.browser.Vaadinfalt.knapp;
import static se.uppdrag.browser.Vaadinfalt.lank;
import static se.uppdrag.browser.Vaadinfalt.meddelande;
import static se.uppdrag.browser.Vaadinfalt.nyRad;
import static se.uppdrag.browser.Vaadinfalt.valj;
import static se.uppdrag.browser.Vaadinfalt.valjFlera;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.net.URI;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.uppdrag.Handlingar;
import se.uppdrag.Postlada;
import se.uppdrag.notification.PostSandare;
import se.uppdrag.personer.EmailAddress;
import se.uppdrag.personer.NyPerson;
import se.uppdrag.personer.PersonService;
import se.uppdrag.uppdrag.Tidsperiod;
import se.uppdrag.uppdrag.UppdragId;
import se.uppdrag.uppdrag.UppdragService;

/**
 * One uppdrag from the first keystroke to avslutat, each step done in the browser by the person who does it, logged
 * in through the login page: the journeys build on each other, in order. Screenshots of the key screens go to
 * target/screenshots/<journey>/.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class UppdragetsResaBrowserTest extends BrowserTestBase {

    @RegisterExtension
    static final GreenMailExtension SMTP = Postlada.smtp();

    private static final Pattern DIARIENUMMER = Pattern.compile("RS \\d{4}-\\d{5}");

    private final Map<String, Fonster> personer = new HashMap<>();
    private final Map<String, String> namn = new HashMap<>();
    private String titel;
    private String lankatUppdrag;
    private UppdragId uppdrag;
    private String diarienummer;

    /** The people of the arbetsgrupp who are only in the directory, and an earlier uppdrag to link to. */
    @BeforeAll
    void katalogOchTidigareUppdrag() {
        var suffix = folk.anvandarnamn("").substring(1);
        titel = "Samordnad införandeplanering av digitala vårdtjänster " + suffix;
        List.of(AGARE, GIVARE, GIVARE2, TAGARE, MEDLEM, BESLUTSFATTARE, MOTTAGARE).forEach(roll -> namn.put(roll, folk.person(roll).namn()));
        var personService = beans.getBean(PersonService.class);
        se.uppdrag.SomAdministrator.gor(() -> {
            for (var person : List.of("Lena Holm,sjukhusdirektör Norra sjukhuset", "Per Sund,förvaltningschef Primärvården",
                    "Eva Ström,utvecklingschef digitalisering", "Johan Lilja,strateg vårdens processer", "Sara Vik,controller",
                    "Nils Åberg,HR-strateg")) {
                var delar = person.split(",");
                var ny = personService.skapa(new NyPerson(delar[0] + " " + suffix, delar[1], "Koncernkontoret",
                        EmailAddress.of(delar[0].toLowerCase().replace(' ', '.').replace('å', 'a') + "." + suffix + "@regionexempel.se")));
                namn.put(delar[0], ny.namn());
            }
            return null;
        });
        var service = beans.getBean(UppdragService.class);
        folk.loggaIn(AGARE);
        lankatUppdrag = "Förändringsledning vid införande " + suffix;
        service.skapa(Handlingar.enkel(service.nyttUtkast(), lankatUppdrag));
    }

    @Test
    @Order(1)
    void a_handlaggare_writes_an_uppdrag_with_every_section_and_sends_it_pa_remiss_to_two_reviewers() {
        var bilder = new Skarmbilder("1-handlaggaren-skriver-och-remitterar");
        var agare = person(AGARE);
        var sida = agare.sida();
        bilder.ta(agare, "mina-uppgifter");
        lank(sida, "Nytt uppdrag").click();
        assertThat(sida.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Nytt uppdrag").setLevel(1))).isVisible();

        falt(sida, "Uppdragets titel").fill(titel);
        valjFlera(sida, falt(sida, "Uppdragsgivare"), namn.get(GIVARE), namn.get(GIVARE2));
        valj(sida, falt(sida, "Uppdragstagare"), namn.get(TAGARE));
        falt(sida, "En handling utanför systemet").check();
        falt(sida, "Benämning på den tidigare handlingen").fill("Införandeplanering digitala vårdtjänster");
        datum(falt(sida, "Daterad"), "2026-01-15");
        falt(sida, "Bakgrund och syfte").fill("Regionen inför digitala vårdtjänster i flera förvaltningar samtidigt.\n\n"
                + "Syftet är en samordnad plan för införandet, så att verksamheterna kan ställa om i samma takt.");
        punkter(sida, "Uppdraget innefattar", "ta fram förslag på en gemensam införandeplan",
                "kartlägga pågående införanden i förvaltningarna", "föreslå hur uppföljningen ska gå till");
        punkter(sida, "Uppdraget ska", "utgå från regionens digitaliseringsstrategi",
                "inkludera berörda intressenter", "beakta arbetsmiljön för medarbetarna");
        arbetsgrupp(sida);
        falt(sida, "Notering om arbetsgruppen").fill("Till gruppen adderas ytterligare resurser vid behov.");
        valjFlera(sida, falt(sida, "Länkade uppdrag"), lankatUppdrag);
        falt(sida, "Samband och gränsdragning (fritext)").fill("Samarbete med uppdraget om förändringsledning vid införande.");
        falt(sida, "Kommunikation").fill("Via Samordningsgruppen för hälso- och sjukvård.");
        bilder.ta(agare, "editorn-forsta-halften");
        tidplan(sida);
        falt(sida, "Kostnader och finansiering").fill("Hanteras inom ordinarie verksamhet, därutöver särskilda medel.");
        falt(sida, "Belopp").fill("250000");
        falt(sida, "Rapportering när uppdraget är klart").fill("Rapportering sker till beslutsfattare för Samordningsgruppen.");
        for (var roll : List.of(BESLUTSFATTARE, GIVARE)) {
            valj(sida, falt(nyRad(sida, "Beslutsfattare", "Lägg till beslutsfattare"), "Beslutsfattare"), namn.get(roll));
        }
        distribution(sida);
        bilder.ta(agare, "editorn-ifylld");
        knapp(sida, "Spara utkast").click();

        sida.waitForURL(Pattern.compile(".*/uppdrag/\\d+$"));
        uppdrag = new UppdragId(Long.parseLong(sida.url().replaceAll(".*/", "")));
        var dokument = sida.locator(".dokument");
        assertThat(dokument).containsText(titel);
        assertThat(dokument).containsText("Observera: denna uppdragshandling ersätter tidigare uppdragshandling benämnd");
        assertThat(dokument.locator(".dokument-sektion").filter(new Locator.FilterOptions().setHasText("Arbetsorganisation"))
                .locator("li")).hasCount(8);
        assertThat(dokument.locator("table.tidplan tbody tr")).hasCount(4);
        assertThat(dokument).containsText("Samverkansgruppen för distribution till förvaltningarna");
        assertThat(sida.locator(".status")).hasText("Utkast");
        bilder.ta(agare, "utkastet-sparat");

        var uppgift = oppnaUppgift(agare, "Bearbeta utkastet");
        valjFlera(sida, falt(sida, "Granskare"), namn.get(MEDLEM), namn.get(GIVARE2));
        bilder.ta(agare, "skicka-pa-remiss");
        knapp(sida, "Skicka på remiss").click();
        assertThat(meddelande(sida, "Uppgiften är klar.")).isVisible();
        sida.waitForURL(url -> url.endsWith("/uppgifter"));
        agare.ga("uppdrag/" + uppdrag.value());
        assertThat(sida.locator(".status")).hasText("På remiss");
        Assertions.assertThat(uppgift).isNotBlank();
    }

    private static void punkter(Page sida, String rubrik, String... punkter) {
        for (var punkt : punkter) {
            nyRad(sida, rubrik, "Lägg till punkt").locator("input").fill(punkt);
        }
    }

    /** Eight members, as in the region's own example: the uppdragstagare leads and compiles. */
    private void arbetsgrupp(Page sida) {
        var medlemmar = List.of(List.of(TAGARE, "projektledare"), List.of(MEDLEM, "controller, ekonomistöd"),
                List.of("Lena Holm", "sjukhusdirektör Norra sjukhuset"), List.of("Per Sund", "förvaltningschef Primärvården"),
                List.of("Eva Ström", "utvecklingschef digitalisering"), List.of("Johan Lilja", "strateg vårdens processer"),
                List.of("Sara Vik", "controller"), List.of("Nils Åberg", "HR-strateg"));
        for (var medlem : medlemmar) {
            var rad = nyRad(sida, "Arbetsgruppen", "Lägg till medlem");
            valj(sida, falt(rad, "Person"), namn.get(medlem.get(0)));
            falt(rad, "Roll").fill(medlem.get(1));
            if (medlem.get(0).equals(TAGARE)) {
                falt(rad, "Projektledare").check();
                falt(rad, "Sammanställande").check();
            }
        }
    }

    /** Four activities over the coming months, typed as on paper ("Jan – mars 2027"). */
    private void tidplan(Page sida) {
        var manad = YearMonth.now(klocka).plusMonths(1);
        falt(sida, "Prioritet").fill("Arbetet är högt prioriterat.");
        datum(falt(sida, "Slutleverans senast"), manad.plusMonths(9).atEndOfMonth().toString());
        falt(sida, "Varje kvartal").check();
        var aktiviteter = List.of(
                List.of("Nulägesanalys", Tidsperiod.manader(manad, manad.plusMonths(1)).visning(), MEDLEM),
                List.of("Seminarier, förankring och facklig samverkan", Tidsperiod.manader(manad.plusMonths(2), manad.plusMonths(3)).visning(), TAGARE),
                List.of("Sammanställning och förslag", Tidsperiod.manader(manad.plusMonths(4), manad.plusMonths(5)).visning(), "Lena Holm"),
                List.of("Beslut och genomförande", Tidsperiod.manader(manad.plusMonths(6), manad.plusMonths(11)).visning(), ""));
        for (var aktivitet : aktiviteter) {
            var rad = nyRad(sida, "Aktiviteter", "Lägg till aktivitet");
            falt(rad, "Aktivitet").fill(aktivitet.get(0));
            falt(rad, "Tidplan").fill(aktivitet.get(1));
            if (!aktivitet.get(2).isEmpty()) {
                valj(sida, falt(rad, "Ansvarig"), namn.get(aktivitet.get(2)));
            }
        }
    }

    /** För genomförande: the uppdragstagare and a member; för kännedom: a person and an address outside the directory. */
    private void distribution(Page sida) {
        for (var roll : List.of(TAGARE, MEDLEM)) {
            valj(sida, falt(nyRad(sida, "För genomförande", "Lägg till mottagare"), "Person"), namn.get(roll));
        }
        var kanslichef = nyRad(sida, "För kännedom", "Lägg till mottagare");
        valj(sida, falt(kanslichef, "Person"), namn.get(MOTTAGARE));
        falt(kanslichef, "Notering").fill("för distribution till koncernledningen");
        var samverkan = nyRad(sida, "För kännedom", "Lägg till mottagare");
        falt(samverkan, "eller e-postadress").fill("samverkan@regionexempel.se");
        falt(samverkan, "Namn").fill("Samverkansgruppen");
        falt(samverkan, "Notering").fill("för distribution till förvaltningarna");
    }

    @Test
    @Order(2)
    void a_reviewer_asks_for_changes_and_the_owner_revises_and_sends_it_for_beslut() {
        var bilder = new Skarmbilder("2-remissvar-och-revidering");
        var granskare = person(MEDLEM);
        var sida = granskare.sida();
        oppnaUppgift(granskare, "Svara på remiss");
        assertThat(sida.locator(".uppgift-arende")).containsText(titel);
        falt(sida, "Ändringar behövs").check();
        falt(sida, "Kommentar").first().fill("Lägg till facklig samverkan i varje steg.");
        bilder.ta(granskare, "remissvar-andringar-behovs");
        knapp(sida, "Skicka svar").click();
        assertThat(meddelande(sida, "Uppgiften är klar.")).isVisible();

        var andra = person(GIVARE2);
        oppnaUppgift(andra, "Svara på remiss");
        falt(andra.sida(), "Godkänt").check();
        knapp(andra.sida(), "Skicka svar").click();
        assertThat(meddelande(andra.sida(), "Uppgiften är klar.")).isVisible();

        var agare = person(AGARE);
        var agarsida = agare.sida();
        oppnaUppgift(agare, "Bearbeta utkastet");
        assertThat(agarsida.locator(".uppgiftsformular")).containsText("Ändringar behövs. Lägg till facklig samverkan i varje steg.");
        bilder.ta(agare, "svaren-hos-agaren");
        lank(agarsida, "Redigera utkastet").click();
        assertThat(falt(agarsida, "Uppdragets titel")).hasValue(titel);
        nyRad(agarsida, "Uppdraget ska", "Lägg till punkt").locator("input").fill("samverka med de fackliga organisationerna i varje steg");
        knapp(agarsida, "Spara utkast").click();
        agarsida.waitForURL(Pattern.compile(".*/uppdrag/\\d+$"));
        assertThat(agarsida.locator(".dokument-sektion").filter(new Locator.FilterOptions().setHasText("Uppdraget ska")).locator("li"))
                .hasText(new String[] {"utgå från regionens digitaliseringsstrategi", "inkludera berörda intressenter",
                        "beakta arbetsmiljön för medarbetarna", "samverka med de fackliga organisationerna i varje steg"});
        bilder.ta(agare, "reviderat-utkast");
        oppnaUppgift(agare, "Bearbeta utkastet");
        knapp(agarsida, "Skicka för beslut").click();
        assertThat(meddelande(agarsida, "Uppgiften är klar.")).isVisible();
        agare.ga("uppdrag/" + uppdrag.value());
        assertThat(agarsida.locator(".status")).hasText("För beslut");
        bilder.ta(agare, "for-beslut");
    }

    @Test
    @Order(3)
    void two_beslutsfattare_faststaller_with_the_keyboard_only_and_the_registered_uppdrag_goes_out() throws Exception {
        var bilder = new Skarmbilder("3-beslut-med-tangentbordet");
        for (var roll : List.of(BESLUTSFATTARE, GIVARE)) {
            var beslutsfattare = nyttFonster();
            personer.put(roll, beslutsfattare);
            Tangentbord.loggaIn(beslutsfattare, folk.anvandarnamn(roll));
            Tangentbord.oppnaForstaUppgiften(beslutsfattare, "Besluta om uppdraget");
            bilder.ta(beslutsfattare, "beslutsuppgiften-" + roll);
            Tangentbord.valj(beslutsfattare, falt(beslutsfattare.sida(), "Fastställ"));
            Tangentbord.tryck(beslutsfattare, knapp(beslutsfattare.sida(), "Registrera beslutet"));
            assertThat(meddelande(beslutsfattare.sida(), "Uppgiften är klar.")).isVisible();
        }

        var beslutsfattare = personer.get(BESLUTSFATTARE);
        var sida = beslutsfattare.sida();
        Tangentbord.tryck(beslutsfattare, lank(sida, "Uppdrag"));
        Tangentbord.oppnaForstaRaden(beslutsfattare, 1);
        var huvud = sida.locator(".dokument-huvud");
        assertThat(huvud).containsText(DIARIENUMMER);
        diarienummer = DIARIENUMMER.matcher(huvud.innerText()).results().findFirst().orElseThrow().group();
        assertThat(sida.locator(".status")).hasText("Pågående");
        assertThat(sida.locator(".dokument")).containsText("Datum för beslut: " + LocalDate.now(klocka));
        bilder.ta(beslutsfattare, "faststallt-med-diarienummer");

        var nedladdning = sida.waitForDownload(() -> Tangentbord.tryck(beslutsfattare, lank(sida, "Ladda ner som PDF")));
        Assertions.assertThat(nedladdning.suggestedFilename()).isEqualTo("Uppdragshandling " + diarienummer + ".pdf");
        var pdf = bilder.mapp().resolve(nedladdning.suggestedFilename());
        nedladdning.saveAs(pdf);
        try (var dokument = Loader.loadPDF(Files.readAllBytes(pdf))) {
            var text = new PDFTextStripper().getText(dokument);
            Assertions.assertThat(text).contains(diarienummer, "Nulägesanalys", "Samverkansgruppen");
        }

        var administrator = nyttFonster();
        personer.put(ADMINISTRATOR, administrator);
        Tangentbord.loggaIn(administrator, folk.anvandarnamn(ADMINISTRATOR));
        Tangentbord.tryck(administrator, lank(administrator.sida(), "Utkorg"));
        // the outbox holds every mail of the run: this uppdrag's distribution, searched for as an administrator would
        var amnen = administrator.sida().locator("vaadin-grid-cell-content");
        var utskick = Map.of(diarienummer + ") – uppdrag för genomförande", List.of(epost(TAGARE), epost(MEDLEM)),
                diarienummer + ") – för kännedom", List.of(epost(MOTTAGARE), "samverkan@regionexempel.se"));
        for (var lista : utskick.entrySet()) {
            falt(administrator.sida(), "Sök").fill(lista.getKey());
            assertThat(amnen.filter(new Locator.FilterOptions().setHasText(lista.getKey()))).hasCount(2);
            for (var adress : lista.getValue()) {
                assertThat(amnen.filter(new Locator.FilterOptions().setHasText(adress)).first()).isVisible();
            }
        }
        bilder.ta(administrator, "utskicket-i-utkorgen");
    }

    @Test
    @Order(4)
    void the_work_is_done_reported_and_approved_until_the_uppdrag_is_avslutat() throws Exception {
        var bilder = new Skarmbilder("4-genomforande-till-avslutat");
        var sandare = beans.getBean(PostSandare.class);
        while (sandare.skickaVantande() > 0) {
            // every mail waiting in the outbox goes to the tests' SMTP server, as the sender would every ten seconds
        }
        // The mail names the activity the task is for, as the task itself does
        var brev = Postlada.till(SMTP, epost(MEDLEM)).stream()
                .filter(m -> Postlada.amne(m).equals(titel + " (" + diarienummer + ") – ny uppgift: Genomför aktiviteten Nulägesanalys"))
                .findFirst().orElseThrow(() -> new AssertionError("Inget brev om aktiviteten till " + epost(MEDLEM)));
        var lank = Pattern.compile(Pattern.quote(BrowserTest.PUBLIK_ADRESS) + "/uppgifter/[\\w-]+").matcher(Postlada.html(brev))
                .results().findFirst().orElseThrow().group();
        var medlem = nyttFonster();
        medlem.oppna(URI.create(lank).getPath());
        assertThat(medlem.sida()).hasURL(Pattern.compile(".*/login$"));
        medlem.fyllIInloggningen(folk.anvandarnamn(MEDLEM), se.uppdrag.TestFolk.LOSENORD);
        Assertions.assertThat(URI.create(medlem.sida().url()).getPath()).isEqualTo(URI.create(lank).getPath());
        assertThat(medlem.sida().getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Genomför aktiviteten Nulägesanalys");
        falt(medlem.sida(), "Kommentar (valfri)").first().fill("Nuläget är kartlagt i alla förvaltningar.");
        bilder.ta(medlem, "aktiviteten-fran-mejlets-lank");
        knapp(medlem.sida(), "Markera som klar").click();
        assertThat(meddelande(medlem.sida(), "Uppgiften är klar.")).isVisible();

        new Processteg(beans, folk).tidForStatusrapport(uppdrag);
        var tagare = person(TAGARE);
        var sida = tagare.sida();
        oppnaUppgift(tagare, "Lämna statusrapport");
        falt(sida, "Gul – risk eller avvikelse").check();
        falt(sida, "Negativ").check();
        falt(sida, "Kommentar").first().fill("Upphandlingen av plattformen är försenad en månad.");
        bilder.ta(tagare, "statusrapport");
        knapp(sida, "Lämna statusrapport").click();
        assertThat(meddelande(sida, "Uppgiften är klar.")).isVisible();

        oppnaUppgift(tagare, "Lämna slutrapport");
        falt(sida, "Slutrapport").first().fill("Införandeplanen är klar. Förslaget bifogas.");
        var bilaga = bilder.mapp().resolve("forslag.txt");
        Files.writeString(bilaga, "Förslag till samordnad införandeplan");
        sida.locator("vaadin-upload input[type=file]").setInputFiles(bilaga);
        assertThat(sida.locator("vaadin-upload-file[complete]")).hasCount(1);
        bilder.ta(tagare, "slutrapport");
        knapp(sida, "Lämna slutrapporten").click();
        assertThat(meddelande(sida, "Uppgiften är klar.")).isVisible();

        // both beslutsfattare decided the uppdrag together, so both approve its final report (the same rule)
        for (var roll : List.of(BESLUTSFATTARE, GIVARE)) {
            var beslutsfattare = personer.get(roll);
            var beslutssida = beslutsfattare.sida();
            oppnaUppgift(beslutsfattare, "Besluta om slutrapporten");
            assertThat(beslutssida.locator(".uppgiftsformular")).containsText("Införandeplanen är klar. Förslaget bifogas.");
            assertThat(lank(beslutssida, "forslag.txt")).isVisible();
            falt(beslutssida, "Godkänn slutrapporten").check();
            bilder.ta(beslutsfattare, "beslut-om-slutrapporten-" + roll);
            knapp(beslutssida, "Registrera beslutet").click();
            assertThat(meddelande(beslutssida, "Uppgiften är klar.")).isVisible();
            if (roll.equals(BESLUTSFATTARE)) {
                beslutsfattare.ga("uppdrag/" + uppdrag.value());
                assertThat(beslutssida.locator(".status")).hasText("Slutrapport inlämnad");
            }
        }

        var beslutsfattare = personer.get(BESLUTSFATTARE);
        var beslutssida = beslutsfattare.sida();
        beslutsfattare.ga("uppdrag/" + uppdrag.value());
        assertThat(beslutssida.locator(".status")).hasText("Avslutat");
        beslutssida.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Historik")).click();
        assertThat(beslutssida.locator(".tidslinje")).containsText("Slutrapporten godkänd");
        bilder.ta(beslutsfattare, "avslutat-historik");
        beslutssida.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Processbild")).click();
        assertThat(beslutssida.locator("uppdrag-processbild .djs-container")).isVisible();
        assertThat(beslutssida.locator(".processbild-lage")).hasText("Uppdragets process är avslutad.");
        assertThat(beslutssida.locator("uppdrag-processbild text").first()).isAttached();
        // drawn at full size, never shrunk to fit: every name at 14 px or more on the screen
        var minstaText = (Number) beslutssida.locator("uppdrag-processbild").evaluate("bild => Math.min(...[...bild"
                + ".querySelectorAll('text')].map(t => t.getScreenCTM().a * parseFloat(getComputedStyle(t).fontSize)))");
        Assertions.assertThat(minstaText.doubleValue()).as("minsta text i processbilden, px").isGreaterThanOrEqualTo(14);
        bilder.ta(beslutsfattare, "avslutat-processbild");
    }

    @Test
    @Order(5)
    void someone_outside_the_uppdrag_cannot_see_it_even_by_typing_its_address() {
        var bilder = new Skarmbilder("5-utomstaende-ser-inget");
        var utomstaende = person(UTOMSTAENDE);
        var sida = utomstaende.sida();
        lank(sida, "Uppdrag").click();
        falt(sida, "Sök").fill(titel);
        assertThat(sida.locator("#antal-uppdrag")).hasText("0 uppdrag");
        bilder.ta(utomstaende, "inte-i-listan");
        utomstaende.oppna("uppdrag/" + uppdrag.value());
        assertThat(sida.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Uppdraget kan inte visas");
        assertThat(sida.locator("body")).not().containsText(titel);
        bilder.ta(utomstaende, "adressen-till-uppdraget");
        utomstaende.oppna("uppdrag/" + uppdrag.value() + "/redigera");
        assertThat(sida.locator("body")).not().containsText(titel);
        bilder.ta(utomstaende, "adressen-till-redigeringen");
    }

    @Test
    @Order(6)
    void a_registrator_downloads_the_half_year_uppfoljningsrapport_as_pdf_and_xlsx_with_the_figures_on_screen()
            throws Exception {
        var bilder = new Skarmbilder("6-uppfoljningsrapport");
        var registrator = person(se.uppdrag.TestFolk.REGISTRATOR);
        var sida = registrator.sida();
        lank(sida, "Uppföljningsrapport").click();
        registrator.vantaPaVaadin();
        assertThat(sida.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Uppföljningsrapport");
        // the report is drawn up in the background and arrives with the next poll
        assertThat(sida.locator(".antal-kort .siffra")).hasCount(6);
        var siffror = sida.locator(".antal-kort .siffra").allInnerTexts();
        Assertions.assertThat(siffror).hasSize(6);
        bilder.ta(registrator, "halvarsrapporten");

        var pdfNedladdning = sida.waitForDownload(() -> knapp(sida, "Ladda ner som PDF").click());
        var pdf = bilder.mapp().resolve(pdfNedladdning.suggestedFilename());
        pdfNedladdning.saveAs(pdf);
        Assertions.assertThat(pdf.getFileName().toString()).startsWith("Uppföljningsrapport").endsWith(".pdf");
        try (var dokument = Loader.loadPDF(Files.readAllBytes(pdf))) {
            Assertions.assertThat(new PDFTextStripper().getText(dokument)).contains("Uppföljningsrapport – ", "Antal uppdrag",
                    "Uppdrag och status", "Tillkommande uppdrag under perioden", "Försenad återredovisning");
        }
        Assertions.assertThat(se.uppdrag.PdfA.fel(Files.readAllBytes(pdf))).isEmpty();

        var xlsxNedladdning = sida.waitForDownload(() -> knapp(sida, "Ladda ner som Excel (XLSX)").click());
        var xlsx = bilder.mapp().resolve(xlsxNedladdning.suggestedFilename());
        xlsxNedladdning.saveAs(xlsx);
        try (var bok = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(xlsx))) {
            var format = new org.apache.poi.ss.usermodel.DataFormatter();
            var antal = new java.util.ArrayList<String>();
            bok.getSheet("Antal uppdrag").getRow(1).forEach(cell -> antal.add(format.formatCellValue(cell)));
            Assertions.assertThat(antal).as("the counts in the spreadsheet are those on screen").isEqualTo(siffror);
        }
    }

    /** The person's window, logged in through the login page the first time it is needed. */
    private Fonster person(String roll) {
        return personer.computeIfAbsent(roll, this::inloggad);
    }

    /** From Mina uppgifter, searching for the uppdrag's title, opens its task by name; returns the task's id. */
    private String oppnaUppgift(Fonster fonster, String uppgift) {
        var sida = fonster.sida();
        fonster.ga("uppgifter");
        falt(sida, "Sök").fill(titel);
        var rad = sida.locator("vaadin-grid").first().getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(uppgift).setExact(true));
        assertThat(rad).hasCount(1);
        rad.click();
        sida.waitForURL(Pattern.compile(".*/uppgifter/[\\w-]+$"));
        fonster.vantaPaVaadin();
        assertThat(sida.locator(".uppgift-fakta")).containsText(titel);
        return sida.url().replaceAll(".*/", "");
    }

    private String epost(String roll) {
        return folk.person(roll).epost().value();
    }
}
