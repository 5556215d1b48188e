package se.uppdrag.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.uppdrag.IntegrationTest;
import se.uppdrag.Postlada;
import se.uppdrag.TestFolk;

/**
 * A login made and a password set, each sent twice from one form because the reply never came (issue 15): made once,
 * and the second ends as the first did instead of "already has a login" or "the link is used up".
 */
@IntegrationTest
class InloggningInlamningTest extends InloggningTestBase {

    @Test
    void a_login_made_twice_from_one_dialog_is_one_login_with_one_mail_and_its_password_set_twice_by_one_form_is_set() {
        var person = person("Ines");
        var dialogen = UUID.randomUUID();
        var ny = new NyInloggning(person.id(), "ines-" + suffix, Set.of(Roller.HANDLAGGARE));

        var forsta = anvandare.skapa(ny, dialogen);
        var andra = anvandare.skapa(ny, dialogen);

        assertThat(andra).isEqualTo(forsta);
        var token = lankTill(forsta.epost());
        assertThat(Postlada.till(smtp, forsta.epost().value())).hasSize(1);

        TestFolk.loggaUt();
        var formularet = UUID.randomUUID();
        lankar.satt(token, "en lång fras om våren", formularet);
        lankar.satt(token, "en lång fras om våren", formularet);

        assertThat(loggaIn(forsta.anvandarnamn(), "en lång fras om våren").isAuthenticated()).isTrue();
    }
}
