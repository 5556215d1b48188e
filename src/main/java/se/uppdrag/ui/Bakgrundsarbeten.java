package se.uppdrag.ui;

import com.vaadin.flow.component.Component;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The threads on which views do long work (a report, a PDF), a few for the whole application so that many users
 * asking at once wait in line instead of starving the server. Each task runs as the user who asked: services check
 * {@code @PreAuthorize} and read {@code CurrentUser} from the security context, which a new thread does not have.
 * The pool is not an {@code Executor} bean on purpose: one would make Spring Boot drop its own task executor.
 */
@org.springframework.stereotype.Component
public class Bakgrundsarbeten implements DisposableBean {

    private final Executor utforare;
    private final Runnable stang;

    @Autowired
    Bakgrundsarbeten(@Value("${uppdrag.bakgrund.tradar:2}") int tradar, @Value("${uppdrag.bakgrund.ko:100}") int ko) {
        this(pool(tradar, ko));
    }

    private Bakgrundsarbeten(ThreadPoolTaskExecutor pool) {
        this.utforare = somAnvandaren(pool);
        this.stang = pool::shutdown;
    }

    /** Work on the given threads instead, still as the user who asked (tests hold or release it). */
    protected Bakgrundsarbeten(Executor utforare) {
        this.utforare = somAnvandaren(utforare);
        this.stang = () -> {
        };
    }

    /**
     * Runs each task in a copy of the asking thread's security context, taken when the task is handed over: the
     * request's own context object may be cleared or changed (a logout) while the work still runs.
     */
    private static Executor somAnvandaren(Executor tradar) {
        return uppgift -> {
            var kopia = SecurityContextHolder.createEmptyContext();
            kopia.setAuthentication(SecurityContextHolder.getContext().getAuthentication());
            tradar.execute(new DelegatingSecurityContextRunnable(uppgift, kopia));
        };
    }

    /**
     * Long work for a place in a view: while it runs the place shows a progress bar and the text of {@code vantetext},
     * then {@code klart} gets the result in the UI; a failure shows the text of {@code felnyckel} there.
     */
    public <T> Bakgrundsarbete<T> arbete(Component vy, String vantetext, String felnyckel, Consumer<? super T> klart) {
        return new Bakgrundsarbete<>(utforare, vy, vantetext, felnyckel, klart);
    }

    @Override
    public void destroy() {
        stang.run();
    }

    private static ThreadPoolTaskExecutor pool(int tradar, int ko) {
        var pool = new ThreadPoolTaskExecutor();
        pool.setCorePoolSize(tradar);
        pool.setMaxPoolSize(tradar);
        pool.setQueueCapacity(ko);
        pool.setThreadNamePrefix("bakgrund-");
        pool.setDaemon(true);
        pool.initialize();
        return pool;
    }
}
