package se.uppdrag.browser;

import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * WCAG 2.1 A and AA checked with axe-core (installed from npm into target/axe by the build and injected into the page).
 * Every violation fails, listed with rule, impact, the elements and axe's help text. A violation that comes from
 * inside a Vaadin web component and cannot be fixed in the application is excepted for exactly that rule and
 * selector (the whole of axe's selector for the element), in {@link #UNDANTAG}, with the reason.
 */
final class Tillganglighet {

    static final List<String> TAGGAR = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    /** A rule not held against one element, and why. */
    record Undantag(String regel, String selektor, String varfor) {
    }

    static final List<Undantag> UNDANTAG = List.of(
            new Undantag("aria-required-children", "vaadin-tabs", "vaadin-tabs (under TabSheet) wraps its role=tab"
                    + " children in its own shadow DOM in a scroll container, <div id=\"scroll\" part=\"tabs\" tabindex=\"-1\">,"
                    + " which axe counts as a child of the tablist. The tabs themselves are role=tab with aria-selected and"
                    + " aria-controls, and arrow keys move between them; the application cannot change the component's shadow DOM."),
            new Undantag("color-contrast", "vaadin-notification-card[closing=\"\"] >>> div[part=\"content\"]", "A notification"
                    + " that is closing fades out to nothing (Vaadin's closing animation); caught half-way, its colours are"
                    + " half-transparent. Open notifications are checked like everything else; only one on its way out is left out."));

    /** Lets opening animations (a notification fading in, say) finish, or contrast is measured on half-transparent colours. */
    private static final String ANIMATIONER_KLARA = """
            async () => {
              const andliga = document.getAnimations().filter(a => a.effect && isFinite(a.effect.getComputedTiming().endTime));
              await Promise.race([Promise.all(andliga.map(a => a.finished.catch(() => null))),
                                  new Promise(klar => setTimeout(klar, 3000))]);
            }""";

    private static final String KOR = """
            async (taggar) => {
              const resultat = await axe.run(document, { runOnly: { type: 'tag', values: taggar }, resultTypes: ['violations'] });
              return resultat.violations.map(v => ({
                regel: v.id, allvar: v.impact || '', hjalp: v.help, url: v.helpUrl,
                element: v.nodes.map(n => ({
                  selektor: n.target.map(t => Array.isArray(t) ? t.join(' >>> ') : t).join(' '),
                  html: n.html, varfor: n.failureSummary || '' }))
              }));
            }""";

    private Tillganglighet() {
    }

    /** Fails with every WCAG 2.1 A/AA violation on the page as it is now. */
    @SuppressWarnings("unchecked")
    static void kontrollera(Page sida, String vad) {
        if (!(Boolean) sida.evaluate("() => typeof window.axe !== 'undefined'")) {
            sida.addScriptTag(new Page.AddScriptTagOptions().setPath(skript()));
        }
        sida.evaluate(ANIMATIONER_KLARA);
        var brott = ((List<Map<String, Object>>) sida.evaluate(KOR, TAGGAR)).stream()
                .map(Tillganglighet::utanUndantag).filter(v -> !((List<?>) v.get("element")).isEmpty()).toList();
        if (!brott.isEmpty()) {
            throw new AssertionError(vad + " (" + sida.url() + ") bryter mot WCAG 2.1 A/AA:\n"
                    + brott.stream().map(Tillganglighet::beskriv).collect(Collectors.joining("\n")));
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> utanUndantag(Map<String, Object> brott) {
        var element = ((List<Map<String, Object>>) brott.get("element")).stream()
                .filter(e -> UNDANTAG.stream().noneMatch(u -> u.regel().equals(brott.get("regel"))
                        && String.valueOf(e.get("selektor")).equals(u.selektor())))
                .toList();
        return Map.of("regel", brott.get("regel"), "allvar", brott.get("allvar"), "hjalp", brott.get("hjalp"),
                "url", brott.get("url"), "element", element);
    }

    @SuppressWarnings("unchecked")
    private static String beskriv(Map<String, Object> brott) {
        return "- " + brott.get("regel") + " (" + brott.get("allvar") + "): " + brott.get("hjalp") + " <" + brott.get("url") + ">\n"
                + ((List<Map<String, Object>>) brott.get("element")).stream()
                        .map(e -> "    " + e.get("selektor") + "\n      " + e.get("html") + "\n      "
                                + String.valueOf(e.get("varfor")).replace("\n", "\n      "))
                        .collect(Collectors.joining("\n"));
    }

    private static Path skript() {
        var skript = Path.of(System.getProperty("axe.script", "target/axe/node_modules/axe-core/axe.min.js"));
        if (!Files.isRegularFile(skript)) {
            throw new IllegalStateException("axe-core is missing at " + skript.toAbsolutePath()
                    + ": run the tests through Maven (./mvnw verify), which installs it from npm into target/axe.");
        }
        return skript;
    }
}
