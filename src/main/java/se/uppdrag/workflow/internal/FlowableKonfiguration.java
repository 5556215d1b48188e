package se.uppdrag.workflow.internal;

import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import javax.sql.DataSource;
import org.flowable.common.engine.api.delegate.event.FlowableEventListener;
import org.springframework.beans.factory.ObjectProvider;
import org.flowable.spring.SpringProcessEngineConfiguration;
import org.flowable.spring.boot.EngineConfigurationConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.uppdrag.text.Meddelande;

/**
 * Flowable's engine as this application needs it:
 * <ul>
 * <li>its clock is the application's {@link Clock}, so timers and due dates move with it (and tests can move it);</li>
 * <li>a task given to someone who is away goes on to their substitute ({@link FranvaroLyssnare});</li>
 * <li>on MariaDB it looks for its tables only in the application's own database. Without this, its schema
 * check also sees Flowable tables in other databases of the same server and "upgrades" instead of creating.</li>
 * <li>where it may not change its own schema (production: {@code flowable.database-schema-update=false}), a schema of
 * another version, or none, stops the start with one line naming the upgrade step ({@link ProcessmotornsSchema}).</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class FlowableKonfiguration {

    @Bean
    EngineConfigurationConfigurer<SpringProcessEngineConfiguration> uppdragEngineConfigurer(Clock clock, DataSource dataSource,
            ObjectProvider<Omdirigering> omdirigering, ObjectProvider<Clock> klockan) {
        return configuration -> {
            configuration.setClock(new FlowableKlocka(clock));
            var lyssnare = new ArrayList<FlowableEventListener>();
            if (configuration.getEventListeners() != null) {
                lyssnare.addAll(configuration.getEventListeners());
            }
            lyssnare.add(new FranvaroLyssnare(omdirigering, klockan));
            configuration.setEventListeners(lyssnare);
            var katalog = aktuellDatabas(dataSource);
            if (katalog != null) {
                configuration.setDatabaseCatalog(katalog);
            }
            if ("false".equals(configuration.getDatabaseSchemaUpdate())) {
                ProcessmotornsSchema.kontrollera(dataSource, katalog, ProcessmotornsSchema.bibliotekets());
            }
        };
    }

    private static String aktuellDatabas(DataSource dataSource) {
        try (var connection = dataSource.getConnection()) {
            var produkt = connection.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT);
            return produkt.contains("mariadb") || produkt.contains("mysql") ? connection.getCatalog() : null;
        } catch (SQLException fel) {
            throw new IllegalStateException(Meddelande.svenska("drift.fel.databasnamn"), fel);
        }
    }
}
