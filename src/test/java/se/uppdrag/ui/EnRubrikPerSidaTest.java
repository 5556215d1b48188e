package se.uppdrag.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import se.uppdrag.Handlingar;
import se.uppdrag.IntegrationTest;
import se.uppdrag.TestFolk;
import se.uppdrag.uppdrag.UppdragService;
import se.uppdrag.workflow.UppgiftFilter;
import se.uppdrag.workflow.UppgiftService;

/**
 * Every page has exactly one level-1 heading (WCAG 1.3.1 and 2.4.6: it names the page for screen readers). Every
 * route of the application is in the table below, so a new view is one new line here or this test fails.
 */
@IntegrationTest
@ViewPackages(packages = "se.uppdrag")
class EnRubrikPerSidaTest extends SpringBrowserlessTest {

    /** Who opens the page, and its address made from the test's draft uppdrag and its first task. */
    private record Besok(String roll, Function<Data, String> adress) {
    }

    private record Data(long uppdrag, String uppgift, long person) {
    }

    private static final Map<String, Besok> SIDOR = new LinkedHashMap<>();

    static {
        SIDOR.put("", new Besok(TestFolk.AGARE, d -> ""));
        SIDOR.put("uppgifter", new Besok(TestFolk.AGARE, d -> "uppgifter"));
        SIDOR.put("uppgifter/:id", new Besok(TestFolk.AGARE, d -> "uppgifter/" + d.uppgift()));
        SIDOR.put("oversikt", new Besok(TestFolk.AGARE, d -> "oversikt"));
        SIDOR.put("uppdrag", new Besok(TestFolk.AGARE, d -> "uppdrag"));
        SIDOR.put("uppdrag/:id(\\d+)", new Besok(TestFolk.AGARE, d -> "uppdrag/" + d.uppdrag()));
        SIDOR.put("uppdrag/:id(\\d+)/redigera", new Besok(TestFolk.AGARE, d -> "uppdrag/" + d.uppdrag() + "/redigera"));
        SIDOR.put("uppdrag/ny", new Besok(TestFolk.AGARE, d -> "uppdrag/ny"));
        SIDOR.put("uppfoljning", new Besok(TestFolk.REGISTRATOR, d -> "uppfoljning"));
        SIDOR.put("uppfoljningsrapporter", new Besok(TestFolk.REGISTRATOR, d -> "uppfoljningsrapporter"));
        // a report that does not exist: the page says so under its one heading
        SIDOR.put("uppfoljningsrapporter/:id(\\d+)", new Besok(TestFolk.REGISTRATOR, d -> "uppfoljningsrapporter/999999999"));
        SIDOR.put("tidplan", new Besok(TestFolk.AGARE, d -> "tidplan"));
        SIDOR.put("installningar", new Besok(TestFolk.MEDLEM, d -> "installningar"));
        SIDOR.put("franvaro", new Besok(TestFolk.MEDLEM, d -> "franvaro"));
        SIDOR.put("utkorg", new Besok(TestFolk.ADMINISTRATOR, d -> "utkorg"));
        SIDOR.put("organisation", new Besok(TestFolk.ADMINISTRATOR, d -> "organisation"));
        SIDOR.put("delegationsordning", new Besok(TestFolk.ADMINISTRATOR, d -> "delegationsordning"));
        SIDOR.put("planer", new Besok(TestFolk.ADMINISTRATOR, d -> "planer"));
        SIDOR.put("indikatorer", new Besok(TestFolk.ADMINISTRATOR, d -> "indikatorer"));
        SIDOR.put("statusrapporter", new Besok(TestFolk.ADMINISTRATOR, d -> "statusrapporter"));
        SIDOR.put("delegationsbeslut", new Besok(TestFolk.REGISTRATOR, d -> "delegationsbeslut"));
        SIDOR.put("personer", new Besok(TestFolk.ADMINISTRATOR, d -> "personer"));
        SIDOR.put("personer/import", new Besok(TestFolk.ADMINISTRATOR, d -> "personer/import"));
        SIDOR.put("uppgifter/person/:id(\\d+)", new Besok(TestFolk.ADMINISTRATOR, d -> "uppgifter/person/" + d.person()));
        SIDOR.put("sakerhetslogg", new Besok(TestFolk.ADMINISTRATOR, d -> "sakerhetslogg"));
        SIDOR.put("granskning", new Besok(TestFolk.ADMINISTRATOR, d -> "granskning"));
        SIDOR.put("login", new Besok(null, d -> "login"));
        SIDOR.put("inloggningar", new Besok(TestFolk.ADMINISTRATOR, d -> "inloggningar"));
        SIDOR.put("konto", new Besok(TestFolk.MEDLEM, d -> "konto"));
        SIDOR.put("losenord/:token", new Besok(null, d -> "losenord/okand-lank"));
        SIDOR.put("inloggning/okand", new Besok(null, d -> "inloggning/okand"));
    }

    @Autowired
    ApplicationContext beans;
    @Autowired
    UppdragService uppdrag;
    @Autowired
    UppgiftService uppgifter;

    TestFolk folk;

    @BeforeEach
    void folk() {
        folk = TestFolk.nytt(beans);
        UI.getCurrent().setLocale(Locale.of("sv", "SE"));
    }

    @AfterEach
    void ut() {
        TestFolk.loggaUt();
    }

    @Test
    void every_route_is_in_the_table() {
        var adresser = new HashSet<String>();
        for (RouteData route : RouteConfiguration.forApplicationScope().getAvailableRoutes()) {
            adresser.add(route.getTemplate());
            route.getRouteAliases().forEach(alias -> adresser.add(alias.getTemplate()));
        }
        assertThat(SIDOR.keySet()).containsExactlyInAnyOrderElementsOf(adresser);
    }

    @Test
    void every_page_has_exactly_one_level_one_heading() {
        var utkast = Handlingar.sparaFullstandigt(uppdrag, folk);
        folk.loggaIn(TestFolk.AGARE);
        var uppgift = uppgifter.mina(UppgiftFilter.alla()).stream()
                .filter(u -> u.arende() != null && u.arende().nyckel().equals(String.valueOf(utkast.id().value())))
                .findFirst().orElseThrow();
        var data = new Data(utkast.id().value(), uppgift.id(), folk.person(TestFolk.AGARE).id().value());
        var mal = new LinkedHashMap<String, Class<?>>();
        for (RouteData route : RouteConfiguration.forApplicationScope().getAvailableRoutes()) {
            mal.put(route.getTemplate(), route.getNavigationTarget());
            route.getRouteAliases().forEach(alias -> mal.put(alias.getTemplate(), route.getNavigationTarget()));
        }
        SIDOR.forEach((mall, besok) -> {
            if (besok.roll() == null) {
                TestFolk.loggaUt();
            } else {
                folk.loggaIn(besok.roll());
            }
            UI.getCurrent().navigate(besok.adress().apply(data));
            var vy = UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst();
            assertThat(vy).as(mall + ": the page itself, not an error").isInstanceOf(mal.get(mall));
            assertThat($(H1.class).all()).as(mall).hasSize(1);
        });
    }

    @Test
    void a_page_that_does_not_exist_has_one_level_one_heading_too() {
        folk.loggaIn(TestFolk.AGARE);
        UI.getCurrent().navigate("finns-inte-" + folk.anvandarnamn("x"));
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst()).isInstanceOf(SidanSaknasView.class);
        assertThat($(H1.class).all()).hasSize(1);
    }
}
