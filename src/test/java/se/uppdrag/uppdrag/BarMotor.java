package se.uppdrag.uppdrag;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.flowable.common.engine.impl.history.HistoryLevel;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.delegate.ExecutionListener;
import org.flowable.engine.delegate.JavaDelegate;
import org.flowable.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.flowable.task.service.delegate.TaskListener;
import se.uppdrag.Sqlraknare;

/**
 * The reference for {@link LivscykelBenchmark}: the bare Flowable engine, configured as its documentation shows
 * (standalone, full history, no Spring, no JPA), on a database of its own of the same kind as the tests', running our
 * own BPMN through its Java API: start the process, complete each task with the variables its gateways read. Its
 * delegates and the {@code livscykel} bean do nothing but answer, so what is counted is the engine's work alone.
 */
final class BarMotor implements AutoCloseable {

    private final ProcessEngine motor;
    private final HikariDataSource anslutningar;
    private final Runnable taBort;
    private final java.util.concurrent.atomic.AtomicInteger nummer = new java.util.concurrent.atomic.AtomicInteger();

    private BarMotor(ProcessEngine motor, HikariDataSource anslutningar, Runnable taBort) {
        this.motor = motor;
        this.anslutningar = anslutningar;
        this.taBort = taBort;
    }

    /** An engine on a fresh database next to the application's (H2 in memory, or a new MariaDB database on its server). */
    static BarMotor ny(DataSource bredvid) throws SQLException {
        String url;
        String anvandare;
        try (var anslutning = bredvid.getConnection()) {
            url = anslutning.getMetaData().getURL();
            anvandare = anslutning.getMetaData().getUserName();
        }
        var losenord = System.getProperty("uppdrag.test.db.password", "");
        var anslutningar = new HikariDataSource();
        Runnable taBort = () -> { };
        if (url.startsWith("jdbc:mariadb:")) {
            var server = url.replaceFirst("^(jdbc:mariadb://[^/]+/).*$", "$1");
            var namn = "uppdrag_bar_" + Long.toString(System.nanoTime(), 36);
            sql(server, anvandare, losenord, "CREATE DATABASE " + namn + " CHARACTER SET utf8mb4 COLLATE utf8mb4_swedish_ci");
            anslutningar.setJdbcUrl(server + namn);
            anslutningar.setUsername(anvandare);
            anslutningar.setPassword(losenord);
            taBort = () -> sql(server, anvandare, losenord, "DROP DATABASE IF EXISTS " + namn);
        } else {
            anslutningar.setJdbcUrl("jdbc:h2:mem:bar-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
            anslutningar.setUsername("sa");
        }
        var konfiguration = new StandaloneProcessEngineConfiguration();
        konfiguration.setDataSource(Sqlraknare.rakna(anslutningar));
        konfiguration.setDatabaseSchemaUpdate("true");
        konfiguration.setAsyncExecutorActivate(false);
        konfiguration.setHistoryLevel(HistoryLevel.FULL);
        konfiguration.setBeans(Map.of("utkastetTillAgaren", (TaskListener) uppgift -> { },
                "registreringen", (JavaDelegate) utforande -> { },
                "genomforandetBorjar", (ExecutionListener) utforande -> { },
                "livscykel", new Livscykel()));
        var motor = konfiguration.buildProcessEngine();
        motor.getRepositoryService().createDeployment().addClasspathResource("processes/uppdragshandling.bpmn20.xml").deploy();
        return new BarMotor(motor, anslutningar, taBort);
    }

    /** The same actions as our lifecycle, by the same names. */
    Void livscykel(Map<String, Sqlraknare.Antal> antal) {
        var runtime = motor.getRuntimeService();
        var nyckel = "bar-" + nummer.incrementAndGet();
        var om14 = Date.from(Instant.now().plus(14, ChronoUnit.DAYS));
        var instans = LivscykelBenchmark.rakna(antal, "create the draft", () -> runtime.startProcessInstanceByKey(
                "uppdragshandling", nyckel, Map.of("agare", "1", "uppdragId", 1L, "startfas", "UTKAST")));
        klar(antal, instans.getId(), "utkast", "send på remiss to two",
                Map.of("atgard", "REMISS", "remissgranskare", List.of("2", "3"), "svarstid", om14));
        klar(antal, instans.getId(), "remissvar", "answer the remiss (medlem)", Map.of());
        klar(antal, instans.getId(), "remissvar", "answer the remiss (givare2)", Map.of());
        klar(antal, instans.getId(), "utkast", "send för beslut",
                Map.of("atgard", "BESLUT", "beslutsfattarna", List.of("4"), "beslutsutfall", "VANTAR"));
        klar(antal, instans.getId(), "beslutsuppgift", "fastställ (registered, execution begins)",
                Map.of("beslutsutfall", "FASTSTALLT", "aktiviteter", List.of("0"), "uppdragstagare", "5",
                        "aterredovisasSenast", om14, "slutrapportutfall", "VANTAR", "registratorBekraftar", false));
        klar(antal, instans.getId(), "aktivitet", "complete activity 1", Map.of());
        klar(antal, instans.getId(), "slutrapport", "hand in the final report", Map.of());
        klar(antal, instans.getId(), "beslutOmSlutrapport", "approve the final report (closed)",
                Map.of("slutrapportutfall", "GODKAND"));
        if (runtime.createProcessInstanceQuery().processInstanceId(instans.getId()).count() != 0) {
            throw new AssertionError("the bare engine's process did not end");
        }
        return null;
    }

    private void klar(Map<String, Sqlraknare.Antal> antal, String instans, String uppgift, String handling,
            Map<String, Object> variabler) {
        var tasks = motor.getTaskService();
        var id = tasks.createTaskQuery().processInstanceId(instans).taskDefinitionKey(uppgift).list().getFirst().getId();
        LivscykelBenchmark.rakna(antal, handling, () -> tasks.complete(id, variabler));
    }

    @Override
    public void close() {
        motor.close();
        anslutningar.close();
        taBort.run();
    }

    private static void sql(String server, String anvandare, String losenord, String sats) {
        try (var anslutning = java.sql.DriverManager.getConnection(server, anvandare, losenord);
                var s = anslutning.createStatement()) {
            s.execute(sats);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What the model asks the {@code livscykel} bean for: people and dates, answered at once. */
    public static final class Livscykel {

        public String aktivitetAnsvarig(Long uppdragId, String aktivitet) {
            return "6";
        }

        public Date aktivitetForfaller(Long uppdragId, String aktivitet) {
            return Date.from(Instant.now().plus(30, ChronoUnit.DAYS));
        }

        public Date nastaStatusrapport(Long uppdragId) {
            return Date.from(Instant.now().plus(90, ChronoUnit.DAYS));
        }

        public Date statusrapportForfaller() {
            return Date.from(Instant.now().plus(104, ChronoUnit.DAYS));
        }
    }
}
