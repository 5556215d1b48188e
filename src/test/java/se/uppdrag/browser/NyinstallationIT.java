package se.uppdrag.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static se.uppdrag.browser.Vaadinfalt.datum;
import static se.uppdrag.browser.Vaadinfalt.falt;
import static se.uppdrag.browser.Vaadinfalt.knapp;
import static se.uppdrag.browser.Vaadinfalt.lank;
import static se.uppdrag.browser.Vaadinfalt.meddelande;
import static se.uppdrag.browser.Vaadinfalt.nyRad;
import static se.uppdrag.browser.Vaadinfalt.valj;
import static se.uppdrag.browser.Vaadinfalt.valjFlera;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import se.uppdrag.Postlada;

/**
 * A region's first day, on the production jar and a database of its own (MariaDB under -Pmariadb): the administrator
 * from the environment builds the unit tree, imports 500 people from a CSV file and gives two of them logins and
 * roles; the new handläggare sets a password from the mailed link, writes an uppdrag with imported people and sends
 * it för beslut. Nobody here comes from demo data; every step is done in the browser.
 */
@ExtendWith(Chromium.Extension.class)
class NyinstallationIT {

    private static final String[] FORNAMN = {"Hanna", "Rasmus", "Åsa", "Björn", "Märta", "Olle", "Ingrid", "Jörgen",
            "Linnéa", "Sören"};
    private static final String[] EFTERNAMN = {"Ekström", "Nyqvist", "Åkerlund", "Lindgren", "Öberg"};
    private static final String LOSENORD = "Ljus över Vänern i december";

    @Test
    void an_administrator_from_the_environment_builds_the_region_and_a_new_handlaggare_sends_an_uppdrag_for_beslut(
            @TempDir Path katalog, Chromium chromium) throws Exception {
        PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
        var bilder = new Skarmbilder("nyinstallation");
        var fil = katalogfil(katalog.resolve("personal.csv"), 500);
        var fel = new ArrayList<String>();
        try (var installation = new Nyinstallation(katalog)) {
            try (var administrator = new Fonster(chromium, installation.adress())) {
              try {
                administrator.loggaIn(Nyinstallation.ADMINISTRATOR, Nyinstallation.ADMINISTRATORSLOSENORD);
                var sida = administrator.sida();
                assertThat(sida.locator(".inloggad")).hasText("Frida Förvaltare");

                administrator.oppna("organisation");
                assertThat(sida.getByText("Trädet är tomt. Börja med att lägga till regionen.")).isVisible();
                enhet(administrator, null, "Region Exempel", "RE", "Region");
                enhet(administrator, "Region Exempel", "Koncernkontoret", "KK", "Koncernkontor");
                enhet(administrator, "Koncernkontoret", "Avdelningen för digitalisering", "KK-DIG", "Avdelning");
                enhet(administrator, "Koncernkontoret", "Ekonomiavdelningen", "KK-EKO", "Avdelning");
                bilder.ta(administrator, "enhetstradet");

                administrator.oppna("personer/import");
                sida.locator("vaadin-upload input[type=file]").setInputFiles(fil);
                assertThat(sida.getByText("500 nya, 0 ändrade, 0 oförändrade och 0 avvisade rader.")).isVisible();
                bilder.ta(administrator, "forhandsgranskningen");
                knapp(sida, "Importera").click();
                assertThat(meddelande(sida, "Importen är klar: 500 nya och 0 ändrade personer. 0 rader avvisades.")).isVisible();

                administrator.oppna("personer");
                falt(sida, "Sök person").fill(namn(499));
                assertThat(sida.locator("vaadin-grid").getByText(namn(499))).isVisible();

                inloggning(administrator, namn(0), "Handläggare");
                inloggning(administrator, namn(1), "Registrator");
                bilder.ta(administrator, "inloggningarna");
                delegation(administrator, namn(5));
                bilder.ta(administrator, "delegationsordningen");
                fel.addAll(administrator.tommaFel());
              } catch (AssertionError | RuntimeException misslyckat) {
                bilder.ta(administrator, "fel-administratoren");
                throw misslyckat;
              }
            }

            var lank = lankI(installation, epost(0));
            try (var handlaggare = new Fonster(chromium, installation.adress())) {
              try {
                var sida = handlaggare.sida();
                sida.navigate(lank);
                handlaggare.vantaPaVaadin();
                falt(sida, "Nytt lösenord").fill(LOSENORD);
                falt(sida, "Upprepa det nya lösenordet").fill(LOSENORD);
                knapp(sida, "Spara lösenordet").click();
                sida.waitForURL(url -> url.contains("/login"));
                handlaggare.vantaPaVaadin();
                handlaggare.fyllIInloggningen(anvandarnamn(0), LOSENORD);
                assertThat(sida.locator(".inloggad")).hasText(namn(0));

                lank(sida, "Nytt uppdrag").click();
                var titel = "Samordnad planering av regionens lokaler";
                falt(sida, "Uppdragets titel").fill(titel);
                valjFlera(sida, falt(sida, "Uppdragsgivare"), namn(2));
                valj(sida, falt(sida, "Uppdragstagare"), namn(3));
                falt(sida, "Bakgrund och syfte").fill("Lokalerna behöver planeras samlat för hela regionen.");
                var rad = nyRad(sida, "Arbetsgruppen", "Lägg till medlem");
                valj(sida, falt(rad, "Person"), namn(4));
                falt(rad, "Roll").fill("lokalstrateg");
                datum(falt(sida, "Slutleverans senast"), LocalDate.now().plusMonths(6).toString());
                valj(sida, falt(nyRad(sida, "Beslutsfattare", "Lägg till beslutsfattare"), "Beslutsfattare"), namn(5));
                knapp(sida, "Spara utkast").click();
                sida.waitForURL(Pattern.compile(".*/uppdrag/\\d+$"));
                var uppdrag = sida.url().replaceAll(".*/", "");
                assertThat(sida.locator(".status")).hasText("Utkast");
                bilder.ta(handlaggare, "utkastet");

                handlaggare.ga("uppgifter");
                var uppgift = sida.locator("vaadin-grid").first()
                        .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Bearbeta utkastet").setExact(true));
                assertThat(uppgift).hasCount(1);
                uppgift.click();
                sida.waitForURL(Pattern.compile(".*/uppgifter/[\\w-]+$"));
                handlaggare.vantaPaVaadin();
                knapp(sida, "Skicka för beslut").click();
                assertThat(meddelande(sida, "Uppgiften är klar.")).isVisible();
                handlaggare.ga("uppdrag/" + uppdrag);
                assertThat(sida.locator(".status")).hasText("För beslut");
                bilder.ta(handlaggare, "for-beslut");
                fel.addAll(handlaggare.tommaFel());
              } catch (AssertionError | RuntimeException misslyckat) {
                bilder.ta(handlaggare, "fel-handlaggaren");
                throw misslyckat;
              }
            }
            // the beslutsfattare, an imported person without a login, is told by mail that a decision waits
            vantaPaBrev(installation, epost(5));
            assertThat(fel).as("page and console errors").isEmpty();
            assertThat(installation.loggrader().stream().filter(rad -> rad.contains(" ERROR ")))
                    .as("ERROR lines of the server").isEmpty();
        }
    }

    /** Adds a unit: the region at the root, any other under the unit chosen in the tree. */
    private static void enhet(Fonster fonster, String under, String namn, String kod, String typ) {
        var sida = fonster.sida();
        if (under == null) {
            knapp(sida, "Lägg till regionen").click();
        } else {
            // the unit just added is the chosen one; a click on the chosen row would unchoose it
            var rad = sida.locator("vaadin-grid").getByText(under, new Locator.GetByTextOptions().setExact(true));
            rad.click();
            fonster.vantaPaVaadin();
            if (!knapp(sida, "Lägg till underenhet").isEnabled()) {
                rad.click();
                fonster.vantaPaVaadin();
            }
            knapp(sida, "Lägg till underenhet").click();
        }
        var dialog = sida.getByRole(AriaRole.DIALOG);
        falt(dialog, "Namn").fill(namn);
        falt(dialog, "Kod").fill(kod);
        falt(dialog, "Typ").click();
        sida.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(typ).setExact(true)).click();
        knapp(dialog, "Spara").click();
        assertThat(dialog).hasCount(0);
        assertThat(meddelande(sida, "Organisationen är sparad.").last()).isVisible();
        assertThat(sida.locator("vaadin-grid").getByText(namn, new Locator.GetByTextOptions().setExact(true))).isVisible();
    }

    /**
     * A new installation has no delegationsordning, and without one nothing can be sent för beslut: the administrator
     * records that the person may decide every uppdrag of the region.
     */
    private static void delegation(Fonster administrator, String person) {
        var sida = administrator.sida();
        administrator.oppna("delegationsordning");
        assertThat(sida.getByText("Ingen delegationsordning är inlagd. Förrän den är det kan inget uppdrag skickas för beslut.")
                .first()).isVisible();
        valj(sida, falt(sida, "Delegat (får besluta)"), person);
        valj(sida, falt(sida, "Enhet (med underliggande enheter)"), "Region Exempel (RE)");
        knapp(sida, "Lägg till delegation").click();
        assertThat(meddelande(sida, "Delegationen är inlagd.")).isVisible();
        assertThat(sida.locator("vaadin-grid").getByText(person).first()).isVisible();
    }

    /** Gives an imported person a login with one role; the person gets a link by mail. */
    private static void inloggning(Fonster administrator, String person, String roll) {
        var sida = administrator.sida();
        administrator.oppna("inloggningar");
        knapp(sida, "Ny inloggning").click();
        var dialog = sida.getByRole(AriaRole.DIALOG);
        valj(sida, falt(dialog, "Person"), person);
        assertThat(falt(dialog, "Användarnamn")).not().hasValue("");
        falt(dialog, roll).check();
        knapp(dialog, "Skapa och skicka länk").click();
        assertThat(sida.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText("Inloggningen")))
                .containsText("En länk för att välja lösenord har skickats till");
    }

    private static String lankI(Nyinstallation installation, String till) throws Exception {
        var brev = vantaPaBrev(installation, till);
        var matchning = Pattern.compile("(https?://\\S+/losenord/[\\w-]+)").matcher(Postlada.innehall(brev));
        assertThat(matchning.find()).as("a link in the mail to %s", till).isTrue();
        return matchning.group(1);
    }

    /** The mail sender runs every few seconds: waits up to a minute for the first mail to the address. */
    private static MimeMessage vantaPaBrev(Nyinstallation installation, String till) throws Exception {
        var slut = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (System.nanoTime() < slut) {
            var brev = Postlada.till(installation.smtp, till);
            if (!brev.isEmpty()) {
                return brev.getLast();
            }
            Thread.sleep(500);
        }
        throw new AssertionError("no mail to " + till + " within a minute");
    }

    /** An HR export: employee id, names, title, unit code, e-mail, first active day. */
    private static Path katalogfil(Path fil, int antal) throws Exception {
        var rader = new ArrayList<>(List.of("anstallningsid;fornamn;efternamn;titel;enhetskod;epost;aktiv_fran;aktiv_till"));
        for (var i = 0; i < antal; i++) {
            rader.add(String.join(";", "E2" + String.format("%04d", i), fornamn(i), efternamn(i),
                    i % 7 == 0 ? "controller" : "handläggare", i % 2 == 0 ? "KK-DIG" : "KK-EKO", epost(i), "2020-01-01", ""));
        }
        Files.write(fil, rader, StandardCharsets.UTF_8);
        return fil;
    }

    private static String fornamn(int i) {
        return FORNAMN[i % FORNAMN.length];
    }

    private static String efternamn(int i) {
        return EFTERNAMN[(i / FORNAMN.length) % EFTERNAMN.length] + "-" + String.format("%02d", i / (FORNAMN.length * EFTERNAMN.length) + 1);
    }

    private static String namn(int i) {
        return fornamn(i) + " " + efternamn(i);
    }

    private static String epost(int i) {
        return "person" + i + "@regionexempel.se";
    }

    private static String anvandarnamn(int i) {
        return "person" + i;
    }
}
