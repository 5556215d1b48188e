package se.uppdrag.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;

/** How a person works Vaadin's fields with mouse and keyboard: found by their labels and roles, as they read them. */
final class Vaadinfalt {

    private Vaadinfalt() {
    }

    static Locator knapp(Page sida, String namn) {
        return sida.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(namn).setExact(true));
    }

    static Locator knapp(Locator inom, String namn) {
        return inom.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(namn).setExact(true));
    }

    static Locator lank(Page sida, String namn) {
        return sida.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(namn).setExact(true));
    }

    static Locator falt(Page sida, String etikett) {
        return sida.getByLabel(etikett, new Page.GetByLabelOptions().setExact(true));
    }

    static Locator falt(Locator inom, String etikett) {
        return inom.getByLabel(etikett, new Locator.GetByLabelOptions().setExact(true));
    }

    /** Types into a combo box and picks the suggestion that contains the text (a person's unique name). */
    static void valj(Page sida, Locator kombo, String text) {
        kombo.fill(text);
        sida.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(text)).first().click();
    }

    /** Picks several in a multi-select combo box, then leaves it with Tab. */
    static void valjFlera(Page sida, Locator kombo, String... texter) {
        for (var text : texter) {
            valj(sida, kombo, text);
        }
        kombo.press("Tab");
    }

    /** Types a date as ÅÅÅÅ-MM-DD and confirms it with Enter, as the date picker expects. */
    static void datum(Locator falt, String datum) {
        falt.fill(datum);
        falt.press("Enter");
    }

    /** One of the editor's row lists (arbetsgrupp, aktiviteter, …), found by its heading. */
    static Locator lista(Page sida, String rubrik) {
        return sida.locator("vaadin-vertical-layout").filter(new Locator.FilterOptions()
                .setHas(sida.locator("h3", new Page.LocatorOptions().setHasText(exakt(rubrik)))))
                .last();
    }

    /** A pattern for exactly this text, written so that the browser's regular expressions read it too (no \\Q…\\E). */
    static Pattern exakt(String text) {
        return Pattern.compile("^" + bokstavligt(text) + "$");
    }

    /** An address that ends with this path. */
    static Pattern slutarMed(String text) {
        return Pattern.compile(".*" + bokstavligt(text) + "$");
    }

    private static String bokstavligt(String text) {
        return text.replaceAll("[\\\\^$.|?*+()\\[\\]{}]", "\\\\$0");
    }

    /** Adds a row to the list with its own button and returns the new row (the list must be on screen already). */
    static Locator nyRad(Page sida, String rubrik, String knapptext) {
        var lista = lista(sida, rubrik);
        var rader = lista.locator(".rad");
        var fore = rader.count();
        knapp(lista, knapptext).click();
        assertThat(rader).hasCount(fore + 1);
        return rader.nth(fore);
    }

    /** The text of a notification that has appeared (Vaadin shows them outside the view, with role=alert). */
    static Locator meddelande(Page sida, String text) {
        return sida.locator("vaadin-notification-card").filter(new Locator.FilterOptions().setHasText(text));
    }
}
