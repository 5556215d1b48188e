package se.uppdrag.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.assertj.core.api.Assertions;

/** One person at the browser: a context of their own (so their own session) with one page. */
final class Fonster implements AutoCloseable {

    /** True when every Vaadin client on the page has loaded and has no server round trip under way. */
    private static final String VAADIN_KLAR = """
            () => { const klienter = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;
                    return !!klienter && Object.values(klienter).every(k => !k.isActive || !k.isActive()); }""";
    private static final String VAADIN_LADDAD = "() => !!(window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients)";
    private static final int MAX_TABB = 200;
    /**
     * Vaadin elements on the page that the browser does not know: their code is not in the bundle, so they draw
     * nothing (the production build once showed a decision form as plain text this way). The containers that
     * components fill in themselves ({@code vaadin-grid-cell-content}, {@code vaadin-dialog-content}) are plain
     * elements by design, never defined.
     */
    private static final String ODEFINIERADE = """
            () => [...new Set([...document.querySelectorAll('*')].map(e => e.localName)
                    .filter(n => n.startsWith('vaadin-') && !n.endsWith('-content') && !customElements.get(n)))]""";

    private final BrowserContext kontext;
    private final Page sida;
    private final List<String> fel = new ArrayList<>();
    private final AtomicInteger cspBrott = new AtomicInteger();

    Fonster(Chromium chromium, String adress) {
        this.kontext = chromium.nyttFonster(adress);
        // Content-Security-Policy violations are counted explicitly (Chromium also reports most on the console, but
        // not every kind, and a report-only policy never): each one is an error of the test
        kontext.exposeFunction("uppdragCspBrott", argument -> {
            cspBrott.incrementAndGet();
            noteraFel("Content-Security-Policy violation: " + argument[0]);
            return null;
        });
        kontext.addInitScript("""
                document.addEventListener('securitypolicyviolation', e => window.uppdragCspBrott(
                    e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline') + ' in ' + e.sourceFile + ':' + e.lineNumber));""");
        this.sida = kontext.newPage();
        sida.onPageError(undantag -> noteraFel("uncaught error on the page: " + undantag));
        sida.onConsoleMessage(meddelande -> {
            if (meddelande.type().equals("error")) {
                noteraFel("console error: " + meddelande.text() + " (" + meddelande.location() + ")");
            }
        });
    }

    private synchronized void noteraFel(String text) {
        fel.add(sida.url() + ": " + text);
    }

    /** The page errors and console errors since the last call, and forgets them. */
    synchronized List<String> tommaFel() {
        var hittills = List.copyOf(fel);
        fel.clear();
        return hittills;
    }

    /** How many Content-Security-Policy violations the pages of this window have reported so far. */
    int cspBrott() {
        return cspBrott.get();
    }

    Page sida() {
        return sida;
    }

    /** Logs in through the login page, with the mouse. */
    Fonster loggaIn(String anvandare, String losenord) {
        oppna("login");
        return fyllIInloggningen(anvandare, losenord);
    }

    /** Fills in the login page that is shown (also where a link led to it) and waits for the page behind it. */
    Fonster fyllIInloggningen(String anvandare, String losenord) {
        sida.getByLabel("Användarnamn").fill(anvandare);
        sida.getByLabel("Lösenord", new Page.GetByLabelOptions().setExact(true)).fill(losenord);
        sida.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logga in")).click();
        sida.waitForURL(url -> !url.contains("/login"));
        vantaPaVaadin();
        return this;
    }

    /** Opens a path of the application (as typed in the address bar) and waits until Vaadin has drawn it. */
    Fonster oppna(String vag) {
        sida.navigate(vag.replaceFirst("^/", ""));
        vantaPaVaadin();
        return this;
    }

    /**
     * Goes to a path inside the running application the way its own links do (history and Vaadin's router, no page
     * load): much faster than {@link #oppna}, for checks that only need the view. Loads the page when none is loaded
     * yet; to show the view already shown afresh, goes there by way of another view.
     */
    Fonster ga(String vag) {
        if (!(Boolean) sida.evaluate(VAADIN_LADDAD)) {
            return oppna(vag);
        }
        vantaPaVaadin(); // a navigation the server started (after a form, say) must have arrived first
        var mal = vag.replaceFirst("^/", "");
        var har = (String) sida.evaluate("() => location.pathname.substring(1) + location.search");
        if (har.equals(mal)) {
            navigera(mal.equals("uppgifter") ? "uppdrag" : "uppgifter"); // the router ignores the page it is on
        }
        navigera(mal);
        return this;
    }

    private void navigera(String mal) {
        sida.waitForResponse(Fonster::arNavigering, () -> sida.evaluate("""
                vag => { window.history.pushState({}, '', vag); window.dispatchEvent(new PopStateEvent('popstate')); }""", mal));
        vantaPaVaadin();
    }

    /** The answer to the router's request for the new view (not to one that was under way already, such as a grid's rows). */
    private static boolean arNavigering(com.microsoft.playwright.Response svar) {
        var fraga = svar.request().postData();
        return svar.url().contains("v-r=uidl") && fraga != null && fraga.contains("\"ui-navigate\"");
    }

    /** Waits until Vaadin has drawn the page and answered; every Vaadin element on it must be one the bundle holds. */
    void vantaPaVaadin() {
        sida.waitForFunction(VAADIN_KLAR);
        @SuppressWarnings("unchecked")
        var odefinierade = (List<String>) sida.evaluate(ODEFINIERADE);
        Assertions.assertThat(odefinierade).as("Vaadin elements on %s that the bundle does not define", sida.url()).isEmpty();
    }

    /** Closes any open dialog with Escape, as a keyboard user would. */
    void stangDialoger() {
        var dialoger = sida.locator("vaadin-dialog[opened]");
        for (var i = 0; i < 5 && dialoger.count() > 0; i++) {
            sida.keyboard().press("Escape");
            vantaPaVaadin();
        }
    }

    /** axe-core on the page as it is now: any WCAG 2.1 A/AA violation fails the test. */
    void tillganglig(String vad) {
        vantaPaVaadin();
        Tillganglighet.kontrollera(sida, vad);
    }

    /** Presses Tab until the keyboard focus is on (or inside) the element, as a keyboard user would. */
    void tabbaTill(Locator mal) {
        for (var i = 0; i < MAX_TABB; i++) {
            if (harFokus(mal)) {
                return;
            }
            sida.keyboard().press("Tab");
        }
        throw new AssertionError("Tab never reached " + mal + " within " + MAX_TABB + " presses");
    }

    static boolean harFokus(Locator mal) {
        return mal.count() > 0 && (Boolean) mal.first().evaluate("el => el.matches(':focus, :focus-within')");
    }

    @Override
    public void close() {
        kontext.close();
    }
}
