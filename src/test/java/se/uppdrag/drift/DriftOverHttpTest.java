package se.uppdrag.drift;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import se.uppdrag.KortaSessioner;
import se.uppdrag.TestFolk;
import se.uppdrag.Webblasare;
import se.uppdrag.uppdrag.Beslut;
import se.uppdrag.uppdrag.BeslutService;
import se.uppdrag.uppdrag.UppdragService;
import se.uppdrag.workflow.UppgiftFilter;
import se.uppdrag.workflow.UppgiftService;

/**
 * The management endpoints over real HTTP: health with liveness and readiness for anyone (details for an
 * administrator), the Prometheus metrics only for an administrator on the application's own port (production keeps them
 * on the management port, see ProduktionsjarIT).
 */
@KortaSessioner
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DriftOverHttpTest {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext beans;

    TestFolk folk;

    @BeforeAll
    void folk() {
        folk = TestFolk.nytt(beans);
    }

    @Test
    void health_liveness_and_readiness_answer_anyone_with_the_status_only() throws Exception {
        var anonym = new Webblasare(port);
        for (var vag : new String[] {"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"}) {
            var svar = anonym.hamta(vag);
            assertThat(svar.statusCode()).as(vag).isEqualTo(200);
            assertThat(svar.body()).as(vag).contains("\"status\":\"UP\"").doesNotContain("components", "details");
        }
    }

    @Test
    void an_administrator_sees_what_readiness_is_made_of() throws Exception {
        var svar = new Webblasare(port).loggaIn(folk, TestFolk.ADMINISTRATOR).hamta("/actuator/health/readiness");

        assertThat(svar.statusCode()).as(svar.body()).isEqualTo(200);
        assertThat(svar.body()).contains("\"db\"", "\"utkorg\"", "\"processmotor\"", "\"readinessState\"")
                .contains("\"asyncExecutorKonfigurerad\"");
    }

    @Test
    void the_metrics_are_refused_to_anyone_but_an_administrator() throws Exception {
        var anonym = new Webblasare(port).hamta("/actuator/prometheus");
        assertThat(anonym.statusCode()).as(anonym.headers().map().toString()).isEqualTo(401);
        assertThat(new Webblasare(port).loggaIn(folk, TestFolk.MEDLEM).hamta("/actuator/prometheus").statusCode()).isEqualTo(403);
    }

    @Test
    void prometheus_shows_the_outbox_the_engine_the_sessions_the_requests_and_the_decisions_taken() throws Exception {
        var id = se.uppdrag.Handlingar.sparaFullstandigt(beans.getBean(UppdragService.class), folk).id();
        var uppgifter = beans.getBean(UppgiftService.class);
        folk.loggaIn(TestFolk.AGARE);
        var utkast = uppgifter.mina(UppgiftFilter.alla()).stream().filter(u -> u.arende() != null
                && u.arende().nyckel().equals(String.valueOf(id.value()))).findFirst().orElseThrow();
        beans.getBean(BeslutService.class).skickaForBeslut(utkast.id());
        folk.loggaIn(TestFolk.BESLUTSFATTARE);
        var beslutet = uppgifter.mina(UppgiftFilter.alla()).stream().filter(u -> u.typ().equals("beslutsuppgift")
                && u.arende().nyckel().equals(String.valueOf(id.value()))).findFirst().orElseThrow();
        beans.getBean(BeslutService.class).besluta(beslutet.id(), Beslut.FASTSTALL, null);
        TestFolk.loggaUt();

        var svar = new Webblasare(port).loggaIn(folk, TestFolk.ADMINISTRATOR).hamta("/actuator/prometheus");

        assertThat(svar.statusCode()).isEqualTo(200);
        assertThat(svar.body()).contains("uppdrag_utkorg_vantande", "uppdrag_utkorg_misslyckade", "uppdrag_utkorg_efterslap",
                "uppdrag_processmotor_dodbrev", "tomcat_sessions_active_current_sessions", "http_server_requests_seconds_count")
                .containsPattern("uppdrag_beslut_total\\{[^}]*utfall=\"FASTSTALLT\"[^}]*\\} [1-9]");
    }
}
