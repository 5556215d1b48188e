package se.uppdrag.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static se.uppdrag.browser.Vaadinfalt.falt;
import static se.uppdrag.browser.Vaadinfalt.knapp;
import static se.uppdrag.browser.Vaadinfalt.meddelande;
import static se.uppdrag.browser.Vaadinfalt.valj;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import se.uppdrag.TestFolk;

/**
 * A substitute decides while the beslutsfattare is away, in the production build: the beslutsfattare registers the
 * absence on the page "Frånvaro" (opened by its address), the decision arrives with the substitute, who is told why,
 * and the document and its PDF name them as "ersättare för" the beslutsfattare.
 */
class ErsattareBrowserTest extends BrowserTestBase {

    @Test
    void a_substitute_decides_while_the_beslutsfattare_is_away_and_the_pdf_says_so() throws Exception {
        var bilder = new Skarmbilder("ersattare");
        var idag = LocalDate.now(klocka);
        var beslutsfattarensNamn = folk.person(TestFolk.BESLUTSFATTARE).namn();
        var ersattarensNamn = folk.person(TestFolk.UTOMSTAENDE).namn();

        var beslutsfattare = inloggad(TestFolk.BESLUTSFATTARE);
        beslutsfattare.oppna("franvaro");
        var sida = beslutsfattare.sida();
        assertThat(sida.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Frånvaro och ersättare");
        Vaadinfalt.datum(falt(sida, "Från och med"), idag.toString());
        Vaadinfalt.datum(falt(sida, "Till och med"), idag.minusDays(1).toString());
        valj(sida, falt(sida, "Ersättare"), ersattarensNamn);
        knapp(sida, "Registrera frånvaro").click();
        assertThat(sida.locator("vaadin-date-picker#franvaro-till")).hasAttribute("invalid", "");
        assertThat(sida.locator("vaadin-date-picker#franvaro-till")).containsText("Sista dagen kan inte vara före den första.");
        bilder.ta(beslutsfattare, "fel-vid-faltet");
        Vaadinfalt.datum(falt(sida, "Till och med"), idag.plusDays(7).toString());
        knapp(sida, "Registrera frånvaro").click();
        assertThat(meddelande(sida, "Frånvaron är registrerad.")).isVisible();
        assertThat(sida.locator("vaadin-grid")).containsText(ersattarensNamn);
        bilder.ta(beslutsfattare, "franvaro-registrerad");

        var id = new Processteg(beans, folk).forBeslut();

        var ersattare = inloggad(TestFolk.UTOMSTAENDE);
        Tangentbord.oppnaForstaUppgiften(ersattare, "Besluta om uppdraget");
        var ersattarsida = ersattare.sida();
        assertThat(ersattarsida.locator(".uppgift-ersattare")).hasText("Du har uppgiften som ersättare för " + beslutsfattarensNamn
                + ", som är frånvarande till och med " + idag.plusDays(7) + ".");
        bilder.ta(ersattare, "beslutet-hos-ersattaren");
        falt(ersattarsida, "Fastställ").check();
        knapp(ersattarsida, "Registrera beslutet").click();
        assertThat(meddelande(ersattarsida, "Uppgiften är klar.")).isVisible();

        ersattare.oppna("uppdrag/" + id.value());
        var beslutadAv = ersattarensNamn + ", ersättare för " + beslutsfattarensNamn;
        assertThat(ersattarsida.locator(".status")).hasText("Pågående");
        assertThat(ersattarsida.locator(".dokument")).containsText("Beslutat av: " + beslutadAv);
        bilder.ta(ersattare, "dokumentet-namnger-ersattaren");
        var nedladdning = ersattarsida.waitForDownload(() -> Vaadinfalt.lank(ersattarsida, "Ladda ner som PDF").click());
        var pdf = bilder.mapp().resolve(nedladdning.suggestedFilename());
        nedladdning.saveAs(pdf);
        try (var dokument = Loader.loadPDF(Files.readAllBytes(pdf))) {
            Assertions.assertThat(new PDFTextStripper().getText(dokument).replaceAll("\\s+", " ")).contains("Beslutat av: " + beslutadAv);
        }
    }
}
