package se.uppdrag;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.component.page.ColorScheme;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.theme.lumo.Lumo;
import com.vaadin.flow.component.dependency.StyleSheet;
import java.time.Clock;
import java.time.ZoneId;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

@SpringBootApplication
@org.springframework.boot.context.properties.ConfigurationPropertiesScan
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles.css")
@Meta(name = "description", content = "Uppdrag – regionens uppdragshandling")
public class Application implements AppShellConfigurator {

    /**
     * Starts the application; with {@code --uppdrag.schema.uppgradera} only upgrades the database's schema and exits
     * (the schema step, {@code se.uppdrag.start.Schemauppgradering}, which sets {@code uppdrag.schema.avsluta}).
     */
    public static void main(String[] args) {
        var context = SpringApplication.run(Application.class, args);
        if (context.getEnvironment().getProperty("uppdrag.schema.avsluta", Boolean.class, false)) {
            LoggerFactory.getLogger(Application.class).info("Databasens schema är uppgraderat (Flyway och processmotorn). "
                    + "Starta nu Uppdrag som vanligt, utan --uppdrag.schema.uppgradera.");
            System.exit(SpringApplication.exit(context));
        }
    }

    /** The tab's icon (META-INF/resources/favicon.ico, public like every Vaadin public resource). */
    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addFavIcon("icon", "favicon.ico", "16x16 32x32 48x48");
    }

    /**
     * All business code reads time from this clock, so tests can move it, and its time zone from this clock's zone:
     * the one place that names a zone is {@code uppdrag.tidszon}.
     */
    @Bean
    Clock clock(@Value("${uppdrag.tidszon}") String tidszon) {
        return Clock.system(ZoneId.of(tidszon));
    }
}
