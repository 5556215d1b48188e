package se.uppdrag.start;

import java.util.List;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/**
 * A production start (profile {@code prod}, the default of {@code java -jar}) needs its database, mail server and public
 * address from the environment. Without them it stops before anything starts, with one line that names what is
 * missing, instead of failing later with a stack trace or falling back to the embedded database.
 */
class Produktionskrav implements EnvironmentPostProcessor, Ordered {

    /** What a production start cannot do without; the others have safe defaults (see application-prod.properties). */
    static final List<String> KRAVS = List.of("DB_URL", "DB_USER", "DB_PASSWORD", "SMTP_HOST", "BASE_URL");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment miljo, SpringApplication app) {
        if (!miljo.acceptsProfiles(Profiles.of("prod"))) {
            return;
        }
        var saknas = saknade(miljo);
        if (!saknas.isEmpty()) {
            throw new SaknadeInstallningarException(saknas);
        }
    }

    static List<String> saknade(Environment miljo) {
        return KRAVS.stream().filter(namn -> !miljo.containsProperty(namn)).toList();
    }

    @Override
    public int getOrder() {
        // after the config data (application*.properties, profiles) is read
        return Ordered.LOWEST_PRECEDENCE;
    }
}
