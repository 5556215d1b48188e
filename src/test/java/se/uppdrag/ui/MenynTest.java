package se.uppdrag.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.RouteConfiguration;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import se.uppdrag.IntegrationTest;
import se.uppdrag.TestFolk;
import se.uppdrag.security.Roller;

/**
 * The menu is made from the views' {@code @Menu} annotations and lists only what the user may open: every role sees
 * its entries, in order, in Swedish and in English.
 */
@IntegrationTest
@ViewPackages(packages = "se.uppdrag")
class MenynTest extends SpringBrowserlessTest {

    static final List<String> ALLAS = List.of("Mina uppgifter", "Översikt", "Uppdrag", "Uppföljningsrapport", "Uppföljningsrapporter", "Tidplan");
    static final List<String> EGNA = List.of("Mina inställningar", "Frånvaro", "Mitt konto");
    static final List<String> ADMINISTRATORENS = List.of("Utkorg", "Delegationsbeslut", "Organisation", "Planer", "Indikatorer", "Statusrapporter",
            "Delegationsordning",
            "Personer", "Inloggningar", "Säkerhetslogg", "Händelselogg");
    static final List<String> REGISTRATORNS = List.of("Delegationsbeslut");
    static final List<String> REGISTRATORNS_EN = List.of("Delegated decisions");
    static final List<String> ALLAS_EN = List.of("My tasks", "Overview", "Assignments", "Follow-up report", "Follow-up reports", "Timeline");
    static final List<String> EGNA_EN = List.of("My settings", "Absence", "My account");
    static final List<String> ADMINISTRATORENS_EN = List.of("Outbox", "Delegated decisions", "Organisation", "Plans", "Indicators",
            "Status reports", "Delegation of authority", "People", "Logins", "Security log", "Event log");

    @Autowired
    ApplicationContext beans;

    TestFolk folk;

    @BeforeEach
    void folk() {
        folk = TestFolk.nytt(beans);
    }

    @AfterEach
    void ut() {
        TestFolk.loggaUt();
        RouteConfiguration.forApplicationScope().removeRoute(OatkomligVy.class);
        RouteConfiguration.forApplicationScope().removeRoute(AtkomligVy.class);
    }

    static Stream<Arguments> rollerna() {
        return Stream.of(
                Arguments.of(TestFolk.AGARE, meny(ALLAS, List.of("Nytt uppdrag"), EGNA),
                        meny(ALLAS_EN, List.of("New assignment"), EGNA_EN)),
                Arguments.of(TestFolk.UTOMSTAENDE, meny(ALLAS, List.of("Nytt uppdrag"), EGNA),
                        meny(ALLAS_EN, List.of("New assignment"), EGNA_EN)),
                Arguments.of(TestFolk.GIVARE, meny(ALLAS, EGNA), meny(ALLAS_EN, EGNA_EN)),
                Arguments.of(TestFolk.GIVARE2, meny(ALLAS, EGNA), meny(ALLAS_EN, EGNA_EN)),
                Arguments.of(TestFolk.TAGARE, meny(ALLAS, EGNA), meny(ALLAS_EN, EGNA_EN)),
                Arguments.of(TestFolk.MEDLEM, meny(ALLAS, EGNA), meny(ALLAS_EN, EGNA_EN)),
                Arguments.of(TestFolk.BESLUTSFATTARE, meny(ALLAS, EGNA), meny(ALLAS_EN, EGNA_EN)),
                Arguments.of(TestFolk.MOTTAGARE, meny(ALLAS, EGNA), meny(ALLAS_EN, EGNA_EN)),
                Arguments.of(TestFolk.REGISTRATOR, meny(ALLAS, EGNA, REGISTRATORNS), meny(ALLAS_EN, EGNA_EN, REGISTRATORNS_EN)),
                Arguments.of(TestFolk.ADMINISTRATOR, meny(ALLAS, EGNA, ADMINISTRATORENS),
                        meny(ALLAS_EN, EGNA_EN, ADMINISTRATORENS_EN)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rollerna")
    void each_role_sees_its_menu_in_order_in_swedish(String roll, List<String> svenska, List<String> engelska) {
        folk.loggaIn(roll);
        assertThat(menyn(Sprak.SVENSKA)).isEqualTo(svenska);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rollerna")
    void each_role_sees_its_menu_in_order_in_english(String roll, List<String> svenska, List<String> engelska) {
        folk.loggaIn(roll);
        assertThat(menyn(Sprak.ENGELSKA)).isEqualTo(engelska);
    }

    @Test
    void each_entry_leads_to_its_view_with_its_icon() {
        folk.loggaIn(TestFolk.ADMINISTRATOR);
        menyn(Sprak.SVENSKA);
        assertThat(poster()).extracting(SideNavItem::getPath).containsExactly("uppgifter", "oversikt", "uppdrag",
                "uppfoljning", "uppfoljningsrapporter", "tidplan", "installningar", "franvaro", "konto", "utkorg", "delegationsbeslut", "organisation",
                "planer", "indikatorer", "statusrapporter", "delegationsordning", "personer", "inloggningar", "sakerhetslogg", "granskning");
        assertThat(poster()).allSatisfy(post -> assertThat(post.getPrefixComponent()).isNotNull());
    }

    @Test
    void a_menu_view_the_user_may_not_open_is_not_listed_and_one_they_may_is() {
        RouteConfiguration.forApplicationScope().setRoute("meny-test/oatkomlig", OatkomligVy.class);
        RouteConfiguration.forApplicationScope().setRoute("meny-test/atkomlig", AtkomligVy.class);
        folk.loggaIn(TestFolk.MEDLEM);
        menyn(Sprak.SVENSKA);
        assertThat(poster()).extracting(SideNavItem::getPath).contains("meny-test/atkomlig")
                .doesNotContain("meny-test/oatkomlig");
    }

    @Test
    void typing_the_address_of_nytt_uppdrag_without_being_handlaggare_is_refused() {
        folk.loggaIn(TestFolk.GIVARE);
        UI.getCurrent().navigate("uppdrag/ny");
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst())
                .isInstanceOf(SidanSaknasView.class);
    }

    private List<String> menyn(Locale sprak) {
        UI.getCurrent().setLocale(sprak);
        UI.getCurrent().navigate("uppgifter");
        return poster().stream().map(SideNavItem::getLabel).toList();
    }

    private List<SideNavItem> poster() {
        return $(SideNav.class).single().getItems();
    }

    @SafeVarargs
    private static List<String> meny(List<String>... delar) {
        return Stream.of(delar).flatMap(List::stream).toList();
    }

    /** A menu view for the administrator only. */
    @Menu(title = "nav.rubrik", order = 1000)
    @RolesAllowed(Roller.ADMINISTRATOR)
    static class OatkomligVy extends Div {
    }

    /** A menu view every logged-in user may open. */
    @Menu(title = "nav.rubrik", order = 1001)
    @PermitAll
    static class AtkomligVy extends Div {
    }
}
