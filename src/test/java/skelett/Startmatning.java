package skelett;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.context.ApplicationListener;

/**
 * One start, measured in a JVM of its own ({@code StartBenchmark} starts one per measurement): starts the application
 * class named first with the other arguments, and once it is ready prints one line, {@value #RAD}, with the JVM's
 * uptime and Spring's own time to ready, the heap used after ready and a few collections, the classes loaded, the
 * auto-configurations applied and the beans; then closes the application and exits. With
 * {@code -Dstartmatning.steg=N} it also prints the N start-up steps that took longest themselves ({@link Startsteg}).
 */
public final class Startmatning {

    public static final String RAD = "STARTMATNING";

    private Startmatning() {
    }

    public static void main(String[] argument) throws Exception {
        var klass = Class.forName(argument[0]);
        var app = new SpringApplication(klass);
        if (klass == Skelett.class) {
            app.setDefaultProperties(Skelett.installningar());
        }
        var steg = Integer.getInteger("startmatning.steg", 0);
        var stegen = new BufferingApplicationStartup(100_000);
        if (steg > 0) {
            app.setApplicationStartup(stegen);
        }
        var upptid = new AtomicLong();
        var springsTid = new AtomicReference<Duration>();
        app.addListeners((ApplicationListener<ApplicationReadyEvent>) klar -> {
            upptid.set(ManagementFactory.getRuntimeMXBean().getUptime());
            springsTid.set(klar.getTimeTaken());
        });
        var kontext = app.run(Arrays.copyOfRange(argument, 1, argument.length));
        var klasser = ManagementFactory.getClassLoadingMXBean().getLoadedClassCount();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        var kandidater = new HashSet<>(Skelett.autokonfigurationer());
        var autokonfigurationer = Arrays.stream(kontext.getBeanDefinitionNames()).filter(kandidater::contains).count();
        System.out.printf(Locale.ROOT, "%s app=%s readyMs=%d springReadyMs=%d heapBytes=%d classes=%d autoconfigurations=%d"
                + " beans=%d%n", RAD, klass.getSimpleName(), upptid.get(), springsTid.get().toMillis(), heap, klasser,
                autokonfigurationer, kontext.getBeanDefinitionCount());
        if (steg > 0) {
            Startsteg.skriv(stegen.getBufferedTimeline(), steg);
        }
        System.out.flush();
        kontext.close();
        System.exit(0);
    }
}
