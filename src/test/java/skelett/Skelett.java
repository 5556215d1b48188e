package skelett;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.annotation.ImportCandidates;

/**
 * The reference of {@code StartBenchmark}: a bare Spring Boot + Vaadin + Flowable + JPA application with one entity and
 * its repository ({@link Anteckning}), one view ({@link StartVy}) and Flowable deploying our BPMN. It runs on our class
 * path, so it switches off by one rule every auto-configuration that the bare stack would not have ({@link #bar}), and
 * reads its own {@code skelett.properties} instead of our {@code application.properties}. Outside {@code se.uppdrag},
 * so that the application's component scan never sees it.
 */
@SpringBootApplication
public class Skelett {

    /** What a bare stack consists of: the core, the web server and Vaadin, JDBC, JPA, transactions, JSON, Flowable. */
    private static final Pattern BAR_STACK = Pattern.compile("^(org\\.springframework\\.boot\\.(autoconfigure"
            + "|webmvc|servlet|tomcat|web\\.server|http\\.converter|jackson|jdbc|sql|persistence|jpa|hibernate|data\\.jpa"
            + "|transaction)\\.|com\\.vaadin\\.|org\\.flowable\\.).*");
    /** ... except what is operations (actuator, metrics, health, observation) or a distributed transaction manager. */
    private static final Pattern DRIFT = Pattern.compile(".*\\.(actuate|metrics|health|observation|jta)\\..*");

    private Skelett() {
    }

    /** Registers the one view's route as the skeleton's Vaadin starts (why not by {@code @Route}: {@link StartVy}). */
    @org.springframework.context.annotation.Bean
    static com.vaadin.flow.server.VaadinServiceInitListener startvyn() {
        return start -> com.vaadin.flow.router.RouteConfiguration
                .forRegistry(com.vaadin.flow.server.startup.ApplicationRouteRegistry.getInstance(start.getSource().getContext()))
                .setRoute("", StartVy.class);
    }

    /** Whether an auto-configuration belongs to the bare stack. */
    static boolean bar(String autokonfiguration) {
        return BAR_STACK.matcher(autokonfiguration).matches() && !DRIFT.matcher(autokonfiguration).matches();
    }

    /** Every auto-configuration on the class path (what {@code @EnableAutoConfiguration} chooses among). */
    public static List<String> autokonfigurationer() {
        return ImportCandidates.load(AutoConfiguration.class, Skelett.class.getClassLoader()).getCandidates();
    }

    /** The skeleton's own settings file, and every auto-configuration outside the bare stack switched off. */
    public static Map<String, Object> installningar() {
        var installningar = new LinkedHashMap<String, Object>();
        installningar.put("spring.config.name", "skelett");
        installningar.put("spring.autoconfigure.exclude",
                String.join(",", autokonfigurationer().stream().filter(namn -> !bar(namn)).toList()));
        return installningar;
    }
}
