package se.uppdrag.uppdrag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import se.uppdrag.text.OgiltigtVardeException;

class OslHanvisningTest {

    @Test
    void a_provision_is_read_as_chapter_and_section_and_written_as_the_law_cites_itself() {
        assertThat(OslHanvisning.parse("21 kap. 7 § OSL")).isEqualTo(new OslHanvisning(21, 7, ""));
        assertThat(OslHanvisning.parse(" 21 kap 7§ ").toString()).isEqualTo("21 kap. 7 § OSL");
        assertThat(OslHanvisning.parse("10 kap. 27 a § osl").toString()).isEqualTo("10 kap. 27 a § OSL");
        assertThat(OslHanvisning.parse("25  kap.  1 §").toString()).isEqualTo("25 kap. 1 § OSL");
    }

    @Test
    void anything_else_is_refused_with_a_swedish_message_that_shows_the_form() {
        for (var fel : new String[] {"", "21:7", "kap. 7 §", "21 kap.", "0 kap. 1 §", "45 kap. 1 §", "21 kap. 0 §",
                "21 kap. 7 § TF", "21 kap. 7 § OSL; DROP"}) {
            assertThatThrownBy(() -> OslHanvisning.parse(fel)).as(fel).isInstanceOf(OgiltigtVardeException.class)
                    .hasMessageContaining("kapitel och paragraf").hasMessageContaining("21 kap. 7 § OSL");
        }
    }

    @Test
    void a_marking_needs_a_reason_and_reads_as_the_document_prints_it() {
        assertThat(new Sekretess(OslHanvisning.parse("21 kap. 7 §"), " Personuppgifter om hälsa ").markering())
                .isEqualTo("Sekretess enligt 21 kap. 7 § OSL");
        assertThatThrownBy(() -> new Sekretess(OslHanvisning.parse("21 kap. 7 §"), " "))
                .isInstanceOf(OgiltigtVardeException.class).hasMessageContaining("skälet");
    }
}
