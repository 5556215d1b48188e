package se.uppdrag.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import se.uppdrag.TestFolk;

/**
 * The keyboard only, as for someone who cannot use a mouse: Tab moves the focus, Enter follows links and presses
 * buttons, Space chooses, arrow keys move inside a grid. The page is only read, never clicked.
 */
final class Tangentbord {

    private static final int MAX_TABB = 200;

    private Tangentbord() {
    }

    static void loggaIn(Fonster fonster, String anvandare) {
        fonster.oppna("login");
        var sida = fonster.sida();
        fonster.tabbaTill(Vaadinfalt.falt(sida, "Användarnamn"));
        sida.keyboard().type(anvandare);
        fonster.tabbaTill(Vaadinfalt.falt(sida, "Lösenord"));
        sida.keyboard().type(TestFolk.LOSENORD);
        sida.keyboard().press("Enter");
        sida.waitForURL(url -> !url.contains("/login"));
        fonster.vantaPaVaadin();
    }

    /** Tabs to a link or button and presses Enter. */
    static void tryck(Fonster fonster, Locator mal) {
        fonster.tabbaTill(mal);
        fonster.sida().keyboard().press("Enter");
        fonster.vantaPaVaadin();
    }

    /** Tabs to a radio button or check box and chooses it with Space. */
    static void valj(Fonster fonster, Locator mal) {
        fonster.tabbaTill(mal);
        fonster.sida().keyboard().press("Space");
        fonster.vantaPaVaadin();
        assertThat(mal).isChecked();
    }

    /** In Mina uppgifter: into the list of my tasks, Enter on the first row to reach its link, Enter to open it. */
    static void oppnaForstaUppgiften(Fonster fonster, String uppgift) {
        oppnaForstaRaden(fonster, 0);
        assertThat(fonster.sida().getByRole(com.microsoft.playwright.options.AriaRole.HEADING,
                new com.microsoft.playwright.Page.GetByRoleOptions().setLevel(1))).hasText(uppgift);
    }

    /** Tabs into the page's first grid, moves right to the column with the link, and follows it with Enter. */
    static void oppnaForstaRaden(Fonster fonster, int kolumn) {
        var sida = fonster.sida();
        var grid = sida.locator("vaadin-grid").first();
        for (var i = 0; !iGridensRader(grid); i++) {
            if (i == MAX_TABB) {
                throw new AssertionError("Tab never reached the rows of " + grid);
            }
            sida.keyboard().press("Tab");
        }
        for (var i = 0; i < kolumn; i++) {
            sida.keyboard().press("ArrowRight");
        }
        sida.keyboard().press("Enter");
        var lank = sida.locator("vaadin-grid-cell-content a:focus");
        assertThat(lank).hasCount(1);
        var adress = lank.getAttribute("href");
        sida.keyboard().press("Enter");
        sida.waitForURL(Vaadinfalt.slutarMed("/" + adress));
        fonster.vantaPaVaadin();
    }

    private static boolean iGridensRader(Locator grid) {
        return (Boolean) grid.evaluate("g => { const a = g.shadowRoot && g.shadowRoot.activeElement; return !!a && !!a.closest('#items'); }");
    }
}
