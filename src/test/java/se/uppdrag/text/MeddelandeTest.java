package se.uppdrag.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class MeddelandeTest {

    /** What an English session's {@code getTranslation} gives. */
    private static final Meddelande.Oversattning ENGELSKA = (nyckel, argument) -> {
        var monster = ResourceBundle.getBundle("vaadin-i18n.translations", Locale.ENGLISH,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(nyckel);
        return argument.length == 0 ? monster : new MessageFormat(monster, Locale.ENGLISH).format(argument);
    };

    @Test
    void a_refusal_by_key_reads_in_swedish_as_its_message_and_in_english_for_an_english_session() {
        var fel = new OgiltigtVardeException("rapport.fel.period-lang");

        assertThat(fel).hasMessage("En rapport kan omfatta högst fem år");
        assertThat(Meddelande.text(fel, ENGELSKA)).isEqualTo("A report can cover at most five years");
    }

    @Test
    void an_argument_that_is_a_message_is_put_in_the_same_language() {
        var meddelande = new Meddelande("organisation.fel.fel-plats", new Meddelande("organisation.typ.i-text.AVDELNING"),
                new Meddelande("organisation.typ.i-text.REGION"));

        assertThat(meddelande.svenska()).isEqualTo("En avdelning kan inte ligga under en region");
        assertThat(meddelande.text(ENGELSKA)).isEqualTo("A department cannot lie under a region");
    }

    @Test
    void a_refusal_without_a_key_shows_its_own_message() {
        assertThat(Meddelande.text(new IllegalStateException("Unexpected"), ENGELSKA)).isEqualTo("Unexpected");
    }
}
