package se.uppdrag.start;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;

/**
 * The explicit schema step of a production installation (docs/drift.md): {@code java -jar uppdrag.jar
 * --uppdrag.schema.uppgradera} (or {@code UPPDRAG_SCHEMA_UPPGRADERA=true}) with the installation's usual environment
 * starts the application once with Flowable allowed to create or upgrade its own tables, runs our Flyway migrations as
 * every start does, and exits with 0 when both are done ({@code se.uppdrag.Application#main}, told so by
 * {@code uppdrag.schema.avsluta}; an application started otherwise, as a test starts it, is left running). A normal production start
 * never changes Flowable's schema ({@code flowable.database-schema-update=false} in application-prod.properties) and
 * refuses one that does not match.
 * <p>
 * The step serves no one meanwhile: the web server listens on a free port of the loopback interface only, the
 * process engine runs no jobs and the mail sender and reminders do not start. It is meant to run with no other node
 * on the database, e.g. as the one-shot {@code schema} service of docker/compose.yaml before the app starts.
 */
public final class Schemauppgradering implements EnvironmentPostProcessor, Ordered {

    static final String EGENSKAP = "uppdrag.schema.uppgradera";

    /** Whether this start is the schema step: the option given, bare ({@code --uppdrag.schema.uppgradera}) or true. */
    public static boolean begard(Environment miljo) {
        if (!miljo.containsProperty(EGENSKAP)) {
            return false;
        }
        var varde = miljo.getProperty(EGENSKAP, "").strip();
        return varde.isEmpty() || Boolean.parseBoolean(varde);
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment miljo, SpringApplication app) {
        if (!begard(miljo)) {
            return;
        }
        miljo.getPropertySources().addFirst(new MapPropertySource("uppdrag-schemauppgradering", Map.of(
                "flowable.database-schema-update", "true",
                "flowable.async-executor-activate", "false",
                "uppdrag.mail.sandare.aktiv", "false",
                "server.port", "0",
                "server.address", "127.0.0.1",
                "management.server.port", "0",
                "management.server.address", "127.0.0.1",
                "uppdrag.schema.avsluta", "true")));
    }

    @Override
    public int getOrder() {
        // after the config data, before Produktionskrav (which only reads)
        return Ordered.LOWEST_PRECEDENCE - 1;
    }
}
