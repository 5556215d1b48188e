package se.uppdrag.browser;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A journey's screenshots, numbered in the order they were taken: target/screenshots/<journey>/<nn>-<step>.png. */
final class Skarmbilder {

    static final Path ROT = Path.of("target", "screenshots");
    /** The whole view, not only the window: the application layout scrolls its content area, not the page. */
    private static final String HOJD = """
            () => { if (document.querySelector('vaadin-dialog[opened]')) { return window.innerHeight; }
                    const layout = document.querySelector('vaadin-app-layout');
                    const vy = layout ? layout.querySelector(':scope > :not([slot])') : document.body;
                    const rubrik = layout && layout.shadowRoot ? layout.shadowRoot.querySelector('[part~="navbar"]') : null;
                    return Math.max(window.innerHeight, (rubrik ? rubrik.offsetHeight : 0) + (vy ? vy.scrollHeight : 0) + 16); }""";
    private static final int MAX_HOJD = 12_000;
    private final Path mapp;
    private int nummer;

    /** Starts the journey's folder afresh, so that it holds only this run's screenshots. */
    Skarmbilder(String resa) {
        this.mapp = ROT.resolve(resa);
        try {
            if (Files.isDirectory(mapp)) {
                try (var filer = Files.list(mapp)) {
                    for (var fil : filer.toList()) {
                        Files.delete(fil);
                    }
                }
            }
        } catch (IOException fel) {
            throw new UncheckedIOException(fel);
        }
    }

    Path mapp() {
        return mapp;
    }

    /** The person's window as it is now, the whole view from top to bottom. */
    Path ta(Fonster fonster, String steg) {
        fonster.vantaPaVaadin();
        var sida = fonster.sida();
        var fil = mapp.resolve("%02d-%s.png".formatted(++nummer, steg));
        var fonstret = sida.viewportSize();
        var hojd = Math.min(MAX_HOJD, ((Number) sida.evaluate(HOJD)).intValue());
        if (hojd > fonstret.height) {
            sida.setViewportSize(fonstret.width, hojd);
        }
        try {
            sida.screenshot(new Page.ScreenshotOptions().setPath(fil));
        } finally {
            if (hojd > fonstret.height) {
                sida.setViewportSize(fonstret.width, fonstret.height);
            }
        }
        return fil;
    }
}
