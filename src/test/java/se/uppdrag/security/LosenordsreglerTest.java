package se.uppdrag.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LosenordsreglerTest {

    @Test
    void a_password_shorter_than_twelve_characters_is_refused_in_swedish() {
        assertThatThrownBy(() -> Losenordsregler.kontrollera("elva-tecken"))
                .isInstanceOf(Regelbrott.class).hasMessage("Lösenordet måste ha minst 12 tecken");
    }

    @Test
    void twelve_characters_of_a_phrase_are_enough() {
        assertThatCode(() -> Losenordsregler.kontrollera("tolv tecken!")).doesNotThrowAnyException();
    }

    @Test
    void a_password_past_72_bytes_is_refused_because_bcrypt_would_ignore_the_rest() {
        var sjuttiotre = "å".repeat(36) + "x";
        assertThatThrownBy(() -> Losenordsregler.kontrollera(sjuttiotre))
                .isInstanceOf(Regelbrott.class).hasMessageStartingWith("Lösenordet får vara högst 72 byte");
        assertThatCode(() -> Losenordsregler.kontrollera("å".repeat(36))).doesNotThrowAnyException();
    }

    @Test
    void a_commonly_breached_password_is_refused_whatever_its_case() {
        assertThatThrownBy(() -> Losenordsregler.kontrollera("QWERTY123456"))
                .isInstanceOf(Regelbrott.class).hasMessage("Lösenordet finns bland vanliga lösenord som har läckt. Välj ett annat.");
        assertThatThrownBy(() -> Losenordsregler.kontrollera("1qaz2wsx3edc")).isInstanceOf(Regelbrott.class);
    }

    @Test
    void the_username_or_the_email_address_is_not_a_password() {
        assertThatThrownBy(() -> Losenordsregler.kontrollera("Anna.Andersson", "anna.andersson"))
                .hasMessage("Lösenordet får inte vara ditt användarnamn eller din e-postadress");
        assertThatThrownBy(() -> Losenordsregler.kontrollera("anna.andersson@region.se", "aa", "anna.andersson@region.se"))
                .isInstanceOf(Regelbrott.class);
        assertThatThrownBy(() -> Losenordsregler.kontrollera("anna.andersson", "aa", "anna.andersson@region.se"))
                .as("the e-mail's local part").isInstanceOf(Regelbrott.class);
    }

    @Test
    void a_refusal_names_its_message_key_for_the_views() {
        assertThatThrownBy(() -> Losenordsregler.kontrollera("kort"))
                .isInstanceOfSatisfying(Regelbrott.class, fel -> org.assertj.core.api.Assertions.assertThat(fel.nyckel())
                        .isEqualTo("losenord.fel.kort"));
    }

    @Test
    void the_username_suggestion_is_the_local_part_without_accents() {
        org.assertj.core.api.Assertions.assertThat(Anvandarnamn.forslag(se.uppdrag.personer.EmailAddress.of("Åsa.Öberg+x@region.se")))
                .isEqualTo("asa.oberg");
    }
}
