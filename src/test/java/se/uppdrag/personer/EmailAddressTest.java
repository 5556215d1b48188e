package se.uppdrag.personer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTest {

    @Test
    void an_address_is_kept_as_typed_without_surrounding_spaces() {
        assertThat(EmailAddress.of("  karin.ek@regionexempel.se ").value()).isEqualTo("karin.ek@regionexempel.se");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "karin", "karin@", "@regionexempel.se", "karin ek@region.se", "karin@region", "a@b.se\r\nBcc: x@y.se"})
    void an_address_that_cannot_receive_mail_is_rejected_in_swedish(String text) {
        assertThatThrownBy(() -> EmailAddress.of(text)).hasMessage(EmailAddress.OGILTIG);
    }
}
