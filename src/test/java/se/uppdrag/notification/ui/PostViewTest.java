package se.uppdrag.notification.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import se.uppdrag.IntegrationTest;
import se.uppdrag.TestFolk;
import se.uppdrag.notification.Leverans;
import se.uppdrag.notification.MailTyp;
import se.uppdrag.notification.NotisInstallningService;
import se.uppdrag.security.NyAnvandare;
import se.uppdrag.security.Roller;

@IntegrationTest
@ViewPackages(packages = "se.uppdrag")
class PostViewTest extends SpringBrowserlessTest {

    @Autowired
    ApplicationContext beans;
    @Autowired
    NotisInstallningService installningar;

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
    void a_user_chooses_the_digest_for_a_kind_of_mail_but_cannot_turn_decisions_off() {
        folk.loggaIn(TestFolk.MEDLEM);
        navigate(NotisInstallningarView.class);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Leverans> remiss = $(RadioButtonGroup.class).withLabel("Ett utkast har skickats till dig på remiss").single();
        test(remiss).selectItem("I dagligt sammandrag");
        assertThat(installningar.mina()).containsEntry(MailTyp.REMISS, Leverans.SAMMANDRAG);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Leverans> beslut = $(RadioButtonGroup.class).withLabel("Beslut har fattats om ett uppdrag").single();
        assertThat(beslut.getListDataView().getItems()).containsExactly(Leverans.DIREKT);
    }

    @Test
    void the_utkorg_is_for_administrators_and_lists_outgoing_mail() {
        var admin = "admin-" + folk.anvandarnamn("a");
        se.uppdrag.SomAdministrator.gor(() -> {
            beans.getBean(se.uppdrag.security.AnvandareService.class).skapa(new NyAnvandare(admin, "hemligt-losenord",
                    folk.person(TestFolk.REGISTRATOR).id(), java.util.Set.of(Roller.ANVANDARE, Roller.ADMINISTRATOR)));
            return null;
        });
        var details = beans.getBean(org.springframework.security.core.userdetails.UserDetailsService.class).loadUserByUsername(admin);
        var kontext = org.springframework.security.core.context.SecurityContextHolder.createEmptyContext();
        kontext.setAuthentication(new org.springframework.security.authentication.UsernamePasswordAuthenticationToken(details, null,
                details.getAuthorities()));
        org.springframework.security.core.context.SecurityContextHolder.setContext(kontext);
        navigate(UtkorgView.class);
        assertThat($(Grid.class).all()).as("outgoing only: tests capture no mail").hasSize(1);
    }
}
