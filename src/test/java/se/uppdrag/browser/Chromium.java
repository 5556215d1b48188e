package se.uppdrag.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.ReducedMotion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Debian's chromium, headless, driven by Playwright: one browser for every browser test of the run. Playwright never
 * downloads a browser of its own here, and {@code launch} starts Chromium on a new, empty temporary profile
 * (its own --user-data-dir), which it deletes again on close. Each person gets a context of their own (cookies, session).
 */
final class Chromium implements AutoCloseable {

    static final Path PROGRAM = Path.of("/usr/bin/chromium");
    /** What Chromium needs on these machines: no sandbox as root, no GPU, and no calls home through the closed network. */
    static final List<String> FLAGGOR = List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync");

    private final Playwright playwright;
    private final Browser browser;

    private Chromium() {
        if (!Files.isExecutable(PROGRAM)) {
            throw new IllegalStateException("The browser tests need Debian's Chromium at " + PROGRAM
                    + ", which is missing. Install it with: apt-get install -y chromium"
                    + " (or leave the browser tests out with -Dtest.excluded.groups=benchmark,browser).");
        }
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(PROGRAM).setHeadless(true).setArgs(FLAGGOR));
    }

    /** A fresh context: a person of their own, in Swedish, on a laptop-sized screen, who prefers less motion. */
    BrowserContext nyttFonster(String adress) {
        return browser.newContext(new Browser.NewContextOptions().setBaseURL(adress).setLocale("sv-SE")
                .setTimezoneId("Europe/Stockholm").setViewportSize(1280, 900).setAcceptDownloads(true)
                .setReducedMotion(ReducedMotion.REDUCE));
    }

    String version() {
        return browser.version();
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }

    /** Gives tests the one Chromium of the run, started on first use and closed when the run ends. */
    static final class Extension implements ParameterResolver {

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == Chromium.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            return context.getRoot().getStore(ExtensionContext.Namespace.create(Chromium.class))
                    .computeIfAbsent(Chromium.class, typ -> new Chromium(), Chromium.class);
        }
    }
}
