package se.uppdrag.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static se.uppdrag.TestFolk.ADMINISTRATOR;
import static se.uppdrag.TestFolk.AGARE;
import static se.uppdrag.TestFolk.BESLUTSFATTARE;
import static se.uppdrag.TestFolk.GIVARE;
import static se.uppdrag.TestFolk.GIVARE2;
import static se.uppdrag.TestFolk.MEDLEM;
import static se.uppdrag.TestFolk.MOTTAGARE;
import static se.uppdrag.TestFolk.REGISTRATOR;
import static se.uppdrag.TestFolk.TAGARE;
import static se.uppdrag.TestFolk.UTOMSTAENDE;
import static se.uppdrag.browser.Vaadinfalt.falt;
import static se.uppdrag.browser.Vaadinfalt.knapp;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The first half of {@link Tillganglighetsprov}'s table (the views at even places), and the checks that are not one
 * view each: the page's language, form errors announced at their fields, errors across rows and a conflicting save,
 * and a login given with the keyboard only.
 */
class TillganglighetBrowserTest extends Tillganglighetsprov {

    @Override
    int halva() {
        return 0;
    }

    @Test
    void the_page_says_which_language_it_is_in_and_follows_the_users_choice() {
        var fonster = inloggad(AGARE);
        var sida = fonster.sida();
        assertThat(sida.locator("html")).hasAttribute("lang", "sv");
        sida.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Språk")).click();
        sida.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("English")).click();
        assertThat(sida.locator("html")).hasAttribute("lang", "en");
        assertThat(sida.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("My tasks").setLevel(1))).isVisible();
        fonster.tillganglig("the inbox in English");
        fonster.oppna("login");
        assertThat(sida.locator("html")).hasAttribute("lang", "en");
        fonster.close();
        var utloggad = nyttFonster().oppna("login");
        assertThat(utloggad.sida().locator("html")).hasAttribute("lang", "sv");
    }

    @Test
    void form_errors_are_shown_at_their_field_and_announced_with_it() {
        var fonster = fonster(AGARE);
        fonster.ga("uppdrag/ny");
        var sida = fonster.sida();
        falt(sida, "Uppdragets titel").fill("");
        falt(sida, "Organisation").fill("");
        knapp(sida, "Spara utkast").click();
        assertThat(sida.getByRole(AriaRole.ALERT).filter(new Locator.FilterOptions()
                .setHasText("Utkastet är inte sparat: rätta de markerade fälten."))).isVisible();
        annonseras(falt(sida, "Uppdragets titel"), "Ange uppdragets titel");
        annonseras(falt(sida, "Organisation"), "Ange organisationen, till exempel Region Exempel");
        bilder.ta(fonster, "editorns-felmeddelanden");

        var granskare = fonster(GIVARE2);
        granskare.ga(vag(new Vy(GIVARE2, "uppgifter/{uppgift:remissvar}", INGET)));
        knapp(granskare.sida(), "Skicka svar").click();
        annonseras(granskare.sida().getByRole(AriaRole.RADIOGROUP, new Page.GetByRoleOptions().setName("Ditt svar")),
                "Välj godkänt eller ändringar behövs");
        bilder.ta(granskare, "remissvarets-felmeddelande");
    }

    @Test
    void errors_across_rows_and_a_conflicting_save_are_announced_and_readable() {
        var fonster = fonster(AGARE);
        var sida = fonster.sida();
        fonster.ga(vag(new Vy(AGARE, "uppdrag/{uppdrag:utkast}/redigera", INGET)));
        assertThat(falt(sida, "Uppdragets titel")).not().isEmpty();
        var dubblett = Vaadinfalt.nyRad(sida, "Arbetsgruppen", "Lägg till medlem");
        Vaadinfalt.valj(sida, falt(dubblett, "Person"), folk.person(MEDLEM).namn());
        knapp(sida, "Spara utkast").click();
        var listfel = Vaadinfalt.lista(sida, "Arbetsgruppen").locator(".lista-fel");
        assertThat(listfel).hasAttribute("role", "alert");
        assertThat(listfel).hasText("Samma person står mer än en gång i arbetsgruppen");
        fonster.tillganglig("the editor with an error across the arbetsgrupp's rows");
        bilder.ta(fonster, "fel-over-flera-rader");
        knapp(Vaadinfalt.lista(sida, "Arbetsgruppen"), "Ta bort medlemmen").last().click();

        var uppdragService = beans.getBean(se.uppdrag.uppdrag.UppdragService.class);
        folk.loggaIn(AGARE);
        var id = new se.uppdrag.uppdrag.UppdragId(Long.parseLong(uppdrag.get("utkast")));
        uppdragService.spara(se.uppdrag.Handlingar.medTitel(uppdragService.hamta(id), "Ändrad i en annan flik"));
        knapp(sida, "Spara utkast").click();
        var konflikt = sida.locator(".konflikt");
        assertThat(konflikt).hasAttribute("role", "alert");
        assertThat(konflikt).containsText("Utkastet är inte sparat: " + folk.person(AGARE).namn() + " ändrade uppdraget");
        fonster.tillganglig("the editor with a conflicting save");
        bilder.ta(fonster, "samtidig-andring");
    }

    @Test
    void an_administrator_gives_a_person_a_login_with_the_keyboard_only() {
        folk.loggaIn(ADMINISTRATOR);
        var namn = "Tangent Bordsson " + folk.anvandarnamn("x");
        beans.getBean(se.uppdrag.personer.PersonService.class).skapa(new se.uppdrag.personer.NyPerson(namn, "handläggare",
                null, se.uppdrag.personer.EmailAddress.of("tangent." + folk.anvandarnamn("x") + "@regionexempel.se")));
        se.uppdrag.TestFolk.loggaUt();
        var fonster = fonster(ADMINISTRATOR);
        var sida = fonster.sida();
        fonster.ga("inloggningar");
        Tangentbord.tryck(fonster, knapp(sida, "Ny inloggning"));
        var dialog = sida.getByRole(AriaRole.DIALOG);
        fonster.tabbaTill(falt(dialog, "Person"));
        sida.keyboard().type(namn);
        assertThat(sida.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(namn))).isVisible();
        sida.keyboard().press("ArrowDown");
        sida.keyboard().press("Enter");
        fonster.vantaPaVaadin();
        assertThat(falt(dialog, "Användarnamn")).hasValue(("tangent." + folk.anvandarnamn("x")).toLowerCase());
        Tangentbord.valj(fonster, falt(dialog, "Handläggare"));
        Tangentbord.tryck(fonster, knapp(dialog, "Skapa och skicka länk"));
        assertThat(sida.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText("Inloggningen")))
                .containsText("En länk för att välja lösenord har skickats till tangent.");
        falt(sida, "Sök på användarnamn eller namn").fill(namn);
        assertThat(sida.locator("vaadin-grid").getByText(namn)).isVisible();
        bilder.ta(fonster, "inloggning-med-tangentbordet");
    }

}
