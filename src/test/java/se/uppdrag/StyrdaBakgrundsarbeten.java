package se.uppdrag;

import com.vaadin.browserless.internal.MockVaadin;
import com.vaadin.flow.server.VaadinSession;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.Phaser;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import se.uppdrag.ui.Bakgrundsarbeten;

/**
 * The views' background work as in production, on threads of its own and as the user who asked, but a test can wait
 * until it is done and its results are in the window ({@link #klart()}), or hold it ({@link #hall()}) to see the view while the work runs and let the
 * held work run later in any order ({@link #slapp(int)}).
 */
public final class StyrdaBakgrundsarbeten extends Bakgrundsarbeten {

    private final Styrning styrning;

    public StyrdaBakgrundsarbeten() {
        this(new Styrning());
    }

    private StyrdaBakgrundsarbeten(Styrning styrning) {
        super(styrning);
        this.styrning = styrning;
    }

    /** From now on work waits until it is let go. */
    public void hall() {
        styrning.hall();
    }

    /** Work submitted and held, not yet let go. */
    public int hallna() {
        return styrning.hallna();
    }

    /** Lets the held work of that number (0 the first submitted) run, and waits until it is done. */
    public void slapp(int nummer) {
        styrning.slapp(nummer);
        klart();
    }

    /** Lets all held work run and stops holding. */
    public void slappAllt() {
        styrning.slappAllt();
        klart();
    }

    /**
     * Waits until no work runs, then lets the window take the results as at its next poll (browserless runs the
     * UI.access tasks when the test's session lock is let go for a moment).
     */
    public void klart() {
        styrning.klart(Duration.ofSeconds(60));
        if (VaadinSession.getCurrent() != null) {
            MockVaadin.runUIQueue();
        }
    }

    private static final class Styrning implements Executor {

        private final Phaser igang = new Phaser(1);
        private final List<Runnable> hallna = new ArrayList<>();
        private boolean haller;

        @Override
        public synchronized void execute(Runnable arbete) {
            if (haller) {
                hallna.add(arbete);
            } else {
                kor(arbete);
            }
        }

        synchronized void hall() {
            haller = true;
        }

        synchronized int hallna() {
            return (int) hallna.stream().filter(a -> a != null).count();
        }

        synchronized void slapp(int nummer) {
            var arbete = hallna.set(nummer, null);
            if (arbete == null) {
                throw new IllegalStateException("no held work number " + nummer);
            }
            kor(arbete);
        }

        synchronized void slappAllt() {
            haller = false;
            hallna.stream().filter(a -> a != null).forEach(this::kor);
            hallna.clear();
        }

        private void kor(Runnable arbete) {
            igang.register();
            Thread.ofVirtual().name("bakgrund-test").start(() -> {
                try {
                    arbete.run();
                } finally {
                    igang.arriveAndDeregister();
                }
            });
        }

        void klart(Duration langst) {
            try {
                var fas = igang.arrive();
                igang.awaitAdvanceInterruptibly(fas, langst.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException | TimeoutException e) {
                throw new IllegalStateException("background work not done within " + langst, e);
            }
        }
    }
}
