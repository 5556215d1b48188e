package se.uppdrag.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.server.Command;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One place in a view whose content comes from long work: while the work runs on a background thread the place shows
 * an indeterminate progress bar and a text, and the rest of the view stays usable; the result is applied in the UI.
 * Only the latest request counts: a result that a newer one has overtaken, or that arrives after the view was left, is
 * dropped. A failure is logged and shows a message at the place, never a stack trace. The browser learns of the result
 * by polling every half second while any work of its window runs (no push: it would have to pass Spring Security).
 */
public final class Bakgrundsarbete<T> extends Composite<Div> {

    private static final Logger log = LoggerFactory.getLogger(Bakgrundsarbete.class);
    static final int POLLINTERVALL_MS = 500;

    private final Executor utforare;
    private final Component vy;
    private final String felnyckel;
    private final Consumer<? super T> klart;
    private final Map<Class<? extends RuntimeException>, Consumer<RuntimeException>> egnaFel = new LinkedHashMap<>();
    private final ProgressBar stapel = new ProgressBar();
    private final Span vantar;
    private final Span fel = new Span();
    private @Nullable UI pollar;
    private long senaste;

    Bakgrundsarbete(Executor utforare, Component vy, String vantetext, String felnyckel, Consumer<? super T> klart) {
        this.utforare = utforare;
        this.vy = vy;
        this.felnyckel = felnyckel;
        this.klart = klart;
        this.vantar = new Span(vy.getTranslation(vantetext));
        stapel.setIndeterminate(true);
        stapel.setWidth("10em");
        stapel.getElement().setAttribute("aria-label", vantar.getText());
        fel.addClassName("bakgrundsarbete-fel");
        fel.getElement().setAttribute("role", "alert");
        var innehall = getContent();
        innehall.addClassName("bakgrundsarbete");
        innehall.getElement().setAttribute("aria-live", "polite");
        innehall.add(stapel, vantar, fel);
        visa(false, null);
        addDetachListener(e -> {
            senaste++;
            slutaPolla();
        });
    }

    /** A failure of this kind goes to the view (a refused period is shown at the date, not as a failure). */
    public <E extends RuntimeException> Bakgrundsarbete<T> omFel(Class<E> slag, Consumer<? super E> hantera) {
        egnaFel.put(slag, f -> hantera.accept(slag.cast(f)));
        return this;
    }

    /** Starts the work, in place of any still running; call it in the UI (a listener, the view's constructor). */
    public void starta(Supplier<? extends T> arbete) {
        var ui = vy.getUI().or(() -> Optional.ofNullable(UI.getCurrent()))
                .orElseThrow(() -> new IllegalStateException("Background work is started from the UI"));
        var nummer = ++senaste;
        visa(true, null);
        borjaPolla(ui);
        try {
            utforare.execute(() -> kor(ui, nummer, arbete));
        } catch (RejectedExecutionException upptagen) {
            log.warn("Bakgrundsarbetet fick inte plats i kön: {}", upptagen.toString());
            slutaPolla();
            visa(false, vy.getTranslation("bakgrund.fel.upptagen"));
        }
    }

    /** Whether work runs whose result this place waits for. */
    public boolean pagar() {
        return stapel.isVisible();
    }

    /** The message of the last failure as the user reads it, while it is shown. */
    public Optional<String> felmeddelande() {
        return fel.isVisible() ? Optional.of(fel.getText()) : Optional.empty();
    }

    private void kor(UI ui, long nummer, Supplier<? extends T> arbete) {
        T resultat;
        try {
            resultat = arbete.get();
        } catch (RuntimeException | Error orsak) {
            tillbaka(ui, () -> misslyckades(nummer, orsak));
            return;
        }
        tillbaka(ui, () -> lyckades(nummer, resultat));
    }

    private void lyckades(long nummer, T resultat) {
        if (inaktuell(nummer)) {
            return;
        }
        visa(false, null);
        klart.accept(resultat);
    }

    private void misslyckades(long nummer, Throwable orsak) {
        var egen = egnaFel.entrySet().stream().filter(e -> e.getKey().isInstance(orsak)).findFirst();
        if (egen.isEmpty()) {
            log.error("Bakgrundsarbetet misslyckades", orsak);
        }
        if (inaktuell(nummer)) {
            return;
        }
        if (egen.isPresent()) {
            visa(false, null);
            egen.get().getValue().accept((RuntimeException) orsak);
        } else {
            visa(false, vy.getTranslation(felnyckel));
        }
    }

    /** Overtaken by newer work, or the view was left; either way the work is over for the poll. */
    private boolean inaktuell(long nummer) {
        if (nummer != senaste) {
            return true;
        }
        slutaPolla();
        return !vy.isAttached();
    }

    private void visa(boolean pagar, @Nullable String felet) {
        stapel.setVisible(pagar);
        vantar.setVisible(pagar);
        fel.setText(felet == null ? "" : felet);
        fel.setVisible(felet != null);
        setVisible(pagar || felet != null);
    }

    private void borjaPolla(UI ui) {
        if (pollar == null) {
            pollar = ui;
            Pollning.andra(ui, 1);
        }
    }

    private void slutaPolla() {
        if (pollar != null) {
            Pollning.andra(pollar, -1);
            pollar = null;
        }
    }

    private static void tillbaka(UI ui, Command uppdatering) {
        try {
            ui.access(uppdatering);
        } catch (UIDetachedException stangd) {
            log.debug("Fönstret stängdes innan bakgrundsarbetet blev klart");
        }
    }

    /** How many places of a window wait for work: the window polls while any does. */
    private record Pollning(int antal) {

        static void andra(UI ui, int andring) {
            var nu = ComponentUtil.getData(ui, Pollning.class);
            var antal = Math.max(0, (nu == null ? 0 : nu.antal()) + andring);
            ComponentUtil.setData(ui, Pollning.class, new Pollning(antal));
            ui.setPollInterval(antal > 0 ? POLLINTERVALL_MS : -1);
        }
    }
}
