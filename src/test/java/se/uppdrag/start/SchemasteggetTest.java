package se.uppdrag.start;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.ProcessEngineConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.mock.env.MockEnvironment;
import se.uppdrag.Application;

/**
 * Production schema discipline (issue 15, docs/drift.md): a start where Flowable may not change its schema
 * ({@code flowable.database-schema-update=false}, as in the prod profile) refuses a database without Flowable's tables
 * or with another version of them, in one line naming the schema step; the schema step ({@code
 * --uppdrag.schema.uppgradera}) creates them on an empty database, after which the normal start goes ahead. Each start
 * is a whole application on an embedded database of its own.
 */
@org.junit.jupiter.api.extension.ExtendWith(se.uppdrag.BevaraSakerhetskontext.class)
class SchemasteggetTest {

    private final String url = "jdbc:h2:mem:schemasteg-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000";

    @Test
    void a_start_that_may_not_change_flowables_schema_refuses_an_empty_database_naming_the_schema_step() throws Exception {
        assertThatThrownBy(() -> starta("--flowable.database-schema-update=false").close())
                .satisfies(fel -> assertThat(meddelanden(fel)).anySatisfy(meddelande -> assertThat(meddelande)
                        .contains("processmotorns (Flowables) tabeller saknas")
                        .contains("java -jar uppdrag.jar --uppdrag.schema.uppgradera").doesNotContain("flowable.cfg.xml")
                        .contains("(Flowable's tables are missing").doesNotContainPattern("\\{\\d\\}|\\R")));
        assertThat(flowablesVersion()).as("Flowable created nothing").isNull();
    }

    @Test
    void the_schema_step_creates_flowables_tables_on_an_empty_database_and_the_normal_start_then_goes_ahead() throws Exception {
        try (var steget = starta("--flowable.database-schema-update=false", "--uppdrag.schema.uppgradera")) {
            var motor = steget.getBean(ProcessEngine.class).getProcessEngineConfiguration();
            assertThat(motor.getDatabaseSchemaUpdate()).isEqualTo(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
            assertThat(motor.getAsyncExecutor() == null || !motor.getAsyncExecutor().isActive())
                    .as("the step runs no jobs").isTrue();
            assertThat(steget.getEnvironment().getProperty("server.address")).isEqualTo("127.0.0.1");
            assertThat(steget.containsBean("postSchema")).as("no mail sender in the step").isFalse();
            assertThat(steget.getEnvironment().getProperty("uppdrag.schema.avsluta")).as("main exits after it").isEqualTo("true");
        }
        assertThat(flowablesVersion()).isEqualTo(ProcessEngine.VERSION);

        try (var start = starta("--flowable.database-schema-update=false")) {
            assertThat(start.getBean(ProcessEngine.class).getProcessEngineConfiguration().getDatabaseSchemaUpdate())
                    .isEqualTo(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_FALSE);
            assertThat(start.getEnvironment().containsProperty("uppdrag.schema.avsluta")).as("a normal start runs on").isFalse();
            assertThat(start.getBean(ProcessEngine.class).getRepositoryService().createProcessDefinitionQuery().count())
                    .as("the processes are deployed").isPositive();
        }
    }

    @Test
    void an_older_or_a_newer_flowable_schema_is_refused_naming_both_versions() throws Exception {
        starta("--uppdrag.schema.uppgradera").close();

        sattVersion("7.1.0.2");
        assertThatThrownBy(() -> starta("--flowable.database-schema-update=false").close())
                .satisfies(fel -> assertThat(meddelanden(fel)).anySatisfy(meddelande -> assertThat(meddelande)
                        .contains("har version 7.1.0.2 (schema.version), programmet kräver " + ProcessEngine.VERSION)
                        .contains("Ta en säkerhetskopia").contains("--uppdrag.schema.uppgradera")));
        assertThat(flowablesVersion()).as("nothing upgraded by the refused start").isEqualTo("7.1.0.2");

        sattVersion("99.0.0.0");
        assertThatThrownBy(() -> starta("--flowable.database-schema-update=false").close())
                .satisfies(fel -> assertThat(meddelanden(fel)).anySatisfy(meddelande -> assertThat(meddelande)
                        .contains("har version 99.0.0.0").contains("nyare än programmets " + ProcessEngine.VERSION)));
    }

    @Test
    void the_schema_step_is_asked_for_bare_or_true_and_not_otherwise() {
        assertThat(Schemauppgradering.begard(new MockEnvironment())).isFalse();
        assertThat(Schemauppgradering.begard(new MockEnvironment().withProperty("uppdrag.schema.uppgradera", ""))).isTrue();
        assertThat(Schemauppgradering.begard(new MockEnvironment().withProperty("uppdrag.schema.uppgradera", "true"))).isTrue();
        assertThat(Schemauppgradering.begard(new MockEnvironment().withProperty("uppdrag.schema.uppgradera", "false"))).isFalse();
    }

    private ConfigurableApplicationContext starta(String... argument) {
        var alla = new ArrayList<>(List.of("--spring.profiles.active=test", "--spring.datasource.url=" + url,
                "--spring.datasource.username=sa", "--spring.datasource.password=",
                "--spring.flyway.placeholders.tableOptions=", "--spring.flyway.placeholders.datetime=TIMESTAMP(6)",
                "--spring.flyway.placeholders.clob=CLOB", "--spring.flyway.placeholders.blob=BLOB",
                "--server.port=0", "--server.address=127.0.0.1"));
        alla.addAll(List.of(argument));
        return new SpringApplicationBuilder(Application.class).run(alla.toArray(String[]::new));
    }

    private String flowablesVersion() throws Exception {
        try (var anslutning = DriverManager.getConnection(url, "sa", "");
                var tabeller = anslutning.getMetaData().getTables(null, null, "ACT_GE_PROPERTY", null)) {
            if (!tabeller.next()) {
                return null;
            }
            try (var sats = anslutning.createStatement();
                    var rad = sats.executeQuery("select VALUE_ from ACT_GE_PROPERTY where NAME_ = 'schema.version'")) {
                return rad.next() ? rad.getString(1) : null;
            }
        }
    }

    private void sattVersion(String version) throws Exception {
        try (var anslutning = DriverManager.getConnection(url, "sa", "");
                var sats = anslutning.prepareStatement("update ACT_GE_PROPERTY set VALUE_ = ? where NAME_ = 'schema.version'")) {
            sats.setString(1, version);
            assertThat(sats.executeUpdate()).isOne();
        }
    }

    private static List<String> meddelanden(Throwable fel) {
        var meddelanden = new ArrayList<String>();
        for (var orsak = fel; orsak != null; orsak = orsak.getCause()) {
            meddelanden.add(String.valueOf(orsak.getMessage()));
        }
        return meddelanden;
    }
}
