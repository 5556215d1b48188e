package se.uppdrag.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.uppdrag.security.Inloggningsforsok.Utfall.FEL;
import static se.uppdrag.security.Inloggningsforsok.Utfall.INLOGGAD;
import static se.uppdrag.security.Inloggningsforsok.Utfall.SPARRAD;
import static se.uppdrag.security.Sakerhetshandelse.Typ.INLOGGNING;
import static se.uppdrag.security.Sakerhetshandelse.Typ.KONTO_LAST;
import static se.uppdrag.security.Sakerhetshandelse.Typ.KONTO_UPPLAST;
import static se.uppdrag.security.Sakerhetshandelse.Typ.MISSLYCKAD_INLOGGNING;
import static se.uppdrag.security.Sakerhetshandelse.Typ.NEKAD_ATKOMST;
import static se.uppdrag.security.Sakerhetshandelse.Typ.UTLOGGNING;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.web.context.WebApplicationContext;
import se.uppdrag.IntegrationTest;
import se.uppdrag.JusterbarKlocka;
import se.uppdrag.TestFolk;
import se.uppdrag.security.internal.SakerhetshandelseRepository;

/** Sign-in throttling with the default rules: delay from the 3rd failure, a 15-minute lock at the 10th. */
@IntegrationTest
class InloggningsskyddTest {

    private static final Duration OVER_FORDROJNINGEN = Duration.ofSeconds(61);

    @Autowired
    ApplicationContext beans;
    @Autowired
    WebApplicationContext web;
    @Autowired
    SakerhetshandelseRepository logg;
    @Autowired
    JusterbarKlocka klocka;
    @Autowired
    InloggningssparrService sparrar;

    TestFolk folk;
    Inloggningsforsok forsok;
    String medlem;

    @BeforeEach
    void folk() {
        folk = TestFolk.nytt(beans);
        forsok = new Inloggningsforsok(web, logg);
        medlem = folk.anvandarnamn(TestFolk.MEDLEM);
        klocka.stanna();
    }

    @AfterEach
    void aterstall() {
        klocka.aterstall();
        TestFolk.loggaUt();
    }

    private void tioFelLosenordMedVantanEmellan(String anvandare) {
        for (var i = 0; i < 10; i++) {
            assertThat(forsok.loggaIn(anvandare, "fel-" + i)).as("attempt %d", i + 1).isEqualTo(FEL);
            klocka.flytta(OVER_FORDROJNINGEN);
        }
    }

    @Test
    void ten_wrong_passwords_lock_the_account_so_that_even_the_right_one_is_refused_until_the_lock_ends() {
        tioFelLosenordMedVantanEmellan(medlem);

        assertThat(forsok.loggaIn(medlem, TestFolk.LOSENORD)).isEqualTo(SPARRAD);
        klocka.flytta(Duration.ofMinutes(12));
        assertThat(forsok.loggaIn(medlem, TestFolk.LOSENORD)).isEqualTo(SPARRAD);
        klocka.flytta(Duration.ofMinutes(3));
        assertThat(forsok.loggaIn(medlem, TestFolk.LOSENORD)).isEqualTo(INLOGGAD);

        assertThat(forsok.handelser(medlem, MISSLYCKAD_INLOGGNING)).hasSize(12);
        assertThat(forsok.handelser(medlem, KONTO_LAST)).singleElement()
                .satisfies(last -> assertThat(last.adress()).isEqualTo(forsok.adress));
        assertThat(forsok.handelser(medlem, INLOGGNING)).hasSize(1);
    }

    @Test
    void fifty_guesses_in_the_same_second_get_only_three_password_checks_and_the_right_password_waits_too() {
        for (var i = 0; i < 50; i++) {
            forsok.loggaIn(medlem, "gissning-" + i);
        }
        assertThat(forsok.loggaIn(medlem, TestFolk.LOSENORD)).isEqualTo(SPARRAD);

        var misslyckade = forsok.handelser(medlem, MISSLYCKAD_INLOGGNING);
        assertThat(misslyckade).hasSize(51);
        assertThat(misslyckade).filteredOn(h -> h.beskrivning().startsWith("Fel användarnamn")).hasSize(3);
        assertThat(misslyckade).filteredOn(h -> h.beskrivning().startsWith("Nekad utan lösenordsprövning")).hasSize(48);

        klocka.flytta(Duration.ofSeconds(2));
        assertThat(forsok.loggaIn(medlem, TestFolk.LOSENORD)).as("after the 1 s delay").isEqualTo(INLOGGAD);
    }

    @Test
    void a_success_starts_the_count_afresh() {
        forsok.loggaIn(medlem, "fel-1");
        forsok.loggaIn(medlem, "fel-2");
        assertThat(forsok.loggaIn(medlem, TestFolk.LOSENORD)).isEqualTo(INLOGGAD);
        assertThat(forsok.loggaIn(medlem, "fel-3")).isEqualTo(FEL);
        assertThat(forsok.loggaIn(medlem, "fel-4")).as("only the 2nd failure since the success").isEqualTo(FEL);
    }

    @Test
    void unknown_names_count_for_the_address_which_is_locked_after_thirty_and_the_same_message_is_shown() {
        var okand = "okand-" + UUID.randomUUID();
        for (var i = 0; i < 30; i++) {
            assertThat(forsok.loggaIn(okand + "-" + i, "gissning")).as("attempt %d", i + 1).isEqualTo(FEL);
            if (i >= 19) {
                klocka.flytta(OVER_FORDROJNINGEN);
            }
        }
        assertThat(forsok.loggaIn(medlem, TestFolk.LOSENORD)).as("a real account from that address").isEqualTo(SPARRAD);
        assertThat(forsok.loggaIn(medlem, TestFolk.LOSENORD, Inloggningsforsok.nyAdress())).as("from another address")
                .isEqualTo(INLOGGAD);

        var annan = Inloggningsforsok.nyAdress();
        for (var i = 0; i < 10; i++) {
            klocka.flytta(OVER_FORDROJNINGEN);
            forsok.loggaIn(okand, "gissning", annan);
        }
        assertThat(forsok.loggaIn(okand, "gissning", Inloggningsforsok.nyAdress()))
                .as("an unknown name is locked like a real one, from any address").isEqualTo(SPARRAD);
    }

    @Test
    void an_administrator_lifts_a_lock_and_the_right_password_then_works_at_once() {
        tioFelLosenordMedVantanEmellan(medlem);
        folk.loggaIn(TestFolk.ADMINISTRATOR);
        var aktiva = sparrar.aktiva();
        var sparr = aktiva.stream().filter(s -> s.konto() && s.namn().equals(medlem)).findFirst().orElseThrow();
        assertThat(aktiva).as("the address has only 10 failures, below its lock")
                .noneMatch(s -> s.namn().equals(forsok.adress));
        sparrar.lasUpp(sparr);
        TestFolk.loggaUt();

        assertThat(forsok.loggaIn(medlem, TestFolk.LOSENORD)).isEqualTo(INLOGGAD);
        assertThat(forsok.handelser(medlem, KONTO_UPPLAST)).singleElement()
                .satisfies(h -> assertThat(h.beskrivning()).contains(folk.anvandarnamn(TestFolk.ADMINISTRATOR)));
    }

    @Test
    void only_administrators_see_the_locks_and_a_refusal_is_logged_as_denied_access() {
        folk.loggaIn(TestFolk.MEDLEM);
        assertThatThrownBy(() -> sparrar.aktiva()).isInstanceOf(AccessDeniedException.class);
        assertThat(forsok.handelser(medlem, NEKAD_ATKOMST)).singleElement()
                .satisfies(h -> assertThat(h.beskrivning()).contains("InloggningssparrService.aktiva"));
    }

    @Test
    void a_logout_is_logged() throws Exception {
        assertThat(forsok.loggaIn(medlem, TestFolk.LOSENORD)).isEqualTo(INLOGGAD);
        var details = beans.getBean(org.springframework.security.core.userdetails.UserDetailsService.class).loadUserByUsername(medlem);
        forsok.mvc().perform(post("/logout").with(csrf()).with(SecurityMockMvcRequestPostProcessors.user(details)));
        assertThat(forsok.handelser(medlem, UTLOGGNING)).hasSize(1);
    }

    @Test
    void a_login_post_without_the_csrf_token_or_with_a_foreign_one_signs_nobody_in() throws Exception {
        forsok.mvc().perform(post("/login").param("username", medlem).param("password", TestFolk.LOSENORD))
                .andExpect(status().isForbidden()).andExpect(unauthenticated());
        forsok.mvc().perform(post("/login").param("username", medlem).param("password", TestFolk.LOSENORD)
                        .with(csrf().useInvalidToken()))
                .andExpect(status().isForbidden()).andExpect(unauthenticated());
        assertThat(forsok.handelser(medlem, INLOGGNING)).isEmpty();
    }
}
