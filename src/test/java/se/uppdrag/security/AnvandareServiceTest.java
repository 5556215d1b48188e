package se.uppdrag.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import se.uppdrag.IntegrationTest;
import se.uppdrag.Postlada;
import se.uppdrag.TestFolk;
import se.uppdrag.personer.NyPerson;

@IntegrationTest
class AnvandareServiceTest extends InloggningTestBase {

    private static final String LOSENORD = "en lång fras om hösten";

    @Test
    void a_new_login_has_no_password_but_gets_a_mail_whose_link_sets_it_once() {
        var ny = nyInloggning("Nora", Roller.HANDLAGGARE);
        assertThat(ny.roller()).containsExactlyInAnyOrder(Roller.ANVANDARE, Roller.HANDLAGGARE);
        var token = lankTill(ny.epost());
        assertThat(Postlada.amne(Postlada.till(smtp, ny.epost().value()).getLast())).isEqualTo("Uppdrag – välj ditt lösenord");
        assertThatThrownBy(() -> loggaIn(ny.anvandarnamn(), LOSENORD)).isInstanceOf(BadCredentialsException.class);

        TestFolk.loggaUt();
        assertThat(lankar.giltig(token)).isTrue();
        lankar.satt(token, LOSENORD);

        assertThat(loggaIn(ny.anvandarnamn(), LOSENORD).isAuthenticated()).isTrue();
        assertThat(lankar.giltig(token)).as("used up").isFalse();
        assertThatThrownBy(() -> lankar.satt(token, "ett annat långt lösenord"))
                .isInstanceOf(Regelbrott.class).hasMessage("Länken har gått ut eller är redan använd. Be administratören om en ny.");
    }

    @Test
    void a_link_past_its_48_hours_is_refused() {
        var ny = nyInloggning("Elin");
        var token = lankTill(ny.epost());
        klocka.flytta(Duration.ofHours(47));
        assertThat(lankar.giltig(token)).isTrue();
        klocka.flytta(Duration.ofHours(2));
        assertThat(lankar.giltig(token)).isFalse();
        assertThatThrownBy(() -> lankar.satt(token, LOSENORD)).isInstanceOf(Regelbrott.class);
    }

    @Test
    void a_reset_link_lasts_one_hour_and_makes_the_older_link_stop_working() {
        var ny = nyInloggning("Olle");
        var forsta = lankTill(ny.epost());
        anvandare.skickaAterstallningslank(ny.id());
        var andra = lankTill(ny.epost());
        assertThat(andra).isNotEqualTo(forsta);
        assertThat(lankar.giltig(forsta)).isFalse();
        assertThat(lankar.giltig(andra)).isTrue();
        klocka.flytta(Duration.ofMinutes(61));
        assertThat(lankar.giltig(andra)).isFalse();
    }

    @Test
    void only_the_hash_of_the_token_is_stored_and_the_outbox_shows_no_token() throws Exception {
        var ny = nyInloggning("Hugo");
        var token = lankTill(ny.epost());
        var jdbc = beans.getBean(org.springframework.jdbc.core.JdbcTemplate.class);
        assertThat(jdbc.queryForObject("select count(*) from losenordslank where token_hash = ?", Integer.class, token)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from losenordslank where token_hash = ?", Integer.class, sha256(token))).isOne();
        var utkorg = beans.getBean(se.uppdrag.notification.UtkorgService.class)
                .lista(java.util.Optional.empty(), ny.epost().value(), PageRequest.of(0, 10));
        assertThat(utkorg).isNotEmpty().allSatisfy(m -> assertThat(m.text()).doesNotContain(token).contains("/losenord/…"));
    }

    private static String sha256(String text) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    @Test
    void changed_roles_apply_at_the_next_sign_in() {
        var ny = nyInloggning("Rolf", Roller.HANDLAGGARE);
        anvandare.andraRoller(ny.id(), Set.of(Roller.REGISTRATOR));
        assertThat(userDetails.loadUserByUsername(ny.anvandarnamn()).getAuthorities()).extracting(Object::toString)
                .containsExactlyInAnyOrder("ROLE_ANVANDARE", "ROLE_REGISTRATOR");
        assertThat(anvandare.hamta(ny.id()).roller()).containsExactlyInAnyOrder(Roller.ANVANDARE, Roller.REGISTRATOR);
    }

    @Test
    void a_disabled_login_cannot_sign_in_and_its_links_stop_working_until_it_is_enabled() {
        var ny = nyInloggning("Ditte");
        var token = lankTill(ny.epost());
        lankar.satt(token, LOSENORD);
        anvandare.skickaAterstallningslank(ny.id());
        var aterstall = lankTill(ny.epost());

        anvandare.inaktivera(ny.id());
        assertThatThrownBy(() -> loggaIn(ny.anvandarnamn(), LOSENORD)).isInstanceOf(DisabledException.class);
        assertThat(lankar.giltig(aterstall)).isFalse();
        assertThat(anvandare.hamta(ny.id()).aktiv()).isFalse();
        assertThatThrownBy(() -> anvandare.skickaAterstallningslank(ny.id())).hasMessageContaining("inaktiverad");

        anvandare.aktivera(ny.id());
        assertThat(loggaIn(ny.anvandarnamn(), LOSENORD).isAuthenticated()).isTrue();
    }

    @Test
    void a_person_deactivated_in_the_directory_cannot_sign_in_until_reactivated(
            @org.springframework.beans.factory.annotation.Autowired se.uppdrag.personer.KatalogService katalog) {
        var ny = nyInloggning("Vera");
        lankar.satt(lankTill(ny.epost()), LOSENORD);

        katalog.inaktivera(ny.personId());
        assertThatThrownBy(() -> loggaIn(ny.anvandarnamn(), LOSENORD)).isInstanceOf(DisabledException.class);

        katalog.aktivera(ny.personId());
        assertThat(loggaIn(ny.anvandarnamn(), LOSENORD).isAuthenticated()).isTrue();
    }

    @Test
    void an_administrator_can_neither_drop_their_own_administrator_role_nor_disable_themselves() {
        var jag = anvandare.lista(folk.anvandarnamn(TestFolk.ADMINISTRATOR), PageRequest.of(0, 5)).getFirst();
        assertThatThrownBy(() -> anvandare.andraRoller(jag.id(), Set.of(Roller.HANDLAGGARE)))
                .hasMessage("Du kan inte ta bort din egen administratörsroll");
        assertThatThrownBy(() -> anvandare.inaktivera(jag.id())).hasMessage("Du kan inte inaktivera din egen inloggning");
        assertThat(anvandare.hamta(jag.id()).roller()).contains(Roller.ADMINISTRATOR);
        assertThat(anvandare.hamta(jag.id()).aktiv()).isTrue();
    }

    @Test
    void another_administrator_can_be_demoted_while_administrators_remain() {
        var annan = nyInloggning("Adam", Roller.ADMINISTRATOR);
        anvandare.andraRoller(annan.id(), Set.of());
        assertThat(anvandare.hamta(annan.id()).roller()).containsExactly(Roller.ANVANDARE);
    }

    @Test
    void a_person_without_email_gets_no_login_and_is_told_why() {
        var utanEpost = se.uppdrag.SomAdministrator.gor(() -> personer.skapa(new NyPerson("Utan Epost " + suffix, null, null, null)));
        assertThatThrownBy(() -> anvandare.skapa(new NyInloggning(utanEpost.id(), "utan-" + suffix, Set.of())))
                .isInstanceOf(Regelbrott.class)
                .hasMessage("Utan Epost " + suffix + " saknar e-postadress i katalogen och kan därför inte få någon länk. "
                        + "Lägg till en e-postadress först.");
        assertThat(anvandare.finns("utan-" + suffix)).isFalse();
    }

    @Test
    void a_taken_username_is_refused() {
        var ny = nyInloggning("Tilda");
        var annan = person("Tove");
        assertThatThrownBy(() -> anvandare.skapa(new NyInloggning(annan.id(), ny.anvandarnamn(), Set.of())))
                .hasMessage("Användarnamnet " + ny.anvandarnamn() + " är upptaget");
    }

    @Test
    void logins_are_found_by_username_or_by_the_persons_name() {
        var ny = nyInloggning("Sixten");
        assertThat(anvandare.lista("sixten-" + suffix, PageRequest.of(0, 10))).extracting(Inloggning::id).containsExactly(ny.id());
        assertThat(anvandare.lista("Sixten Test " + suffix, PageRequest.of(0, 10))).extracting(Inloggning::id).containsExactly(ny.id());
    }

    @Test
    void the_link_refuses_short_and_breached_passwords_in_swedish_and_stays_usable() {
        var token = lankTill(nyInloggning("Berit").epost());
        TestFolk.loggaUt();
        assertThatThrownBy(() -> lankar.satt(token, "kort")).hasMessage("Lösenordet måste ha minst 12 tecken");
        assertThatThrownBy(() -> lankar.satt(token, "Password1234"))
                .hasMessage("Lösenordet finns bland vanliga lösenord som har läckt. Välj ett annat.");
        assertThat(lankar.giltig(token)).isTrue();
    }

    @Test
    void who_is_not_an_administrator_may_not_administer_logins() {
        var ny = nyInloggning("Vera");
        folk.loggaIn(TestFolk.REGISTRATOR);
        assertThatThrownBy(() -> anvandare.lista("", PageRequest.of(0, 10))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> anvandare.skickaAterstallningslank(ny.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> anvandare.andraRoller(ny.id(), Set.of(Roller.ADMINISTRATOR))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_user_changes_their_own_password_with_the_current_one() {
        folk.loggaIn(TestFolk.MEDLEM);
        assertThatThrownBy(() -> konto.bytLosenord("fel lösenord här", LOSENORD))
                .isInstanceOf(Regelbrott.class).hasMessage("Det nuvarande lösenordet stämmer inte");
        konto.bytLosenord(TestFolk.LOSENORD, LOSENORD);
        assertThat(loggaIn(folk.anvandarnamn(TestFolk.MEDLEM), LOSENORD).isAuthenticated()).isTrue();
        assertThatThrownBy(() -> loggaIn(folk.anvandarnamn(TestFolk.MEDLEM), TestFolk.LOSENORD)).isInstanceOf(BadCredentialsException.class);
    }
}
