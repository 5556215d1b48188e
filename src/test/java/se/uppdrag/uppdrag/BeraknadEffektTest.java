package se.uppdrag.uppdrag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import se.uppdrag.Handlingar;
import se.uppdrag.dokument.Dokument;
import se.uppdrag.uppdrag.dokument.Dokumentmall;

/** The effect an uppdrag is expected to give is kept with its financing, printed in the document, and limited in length. */
class BeraknadEffektTest extends UppdragTestBase {

    @Test
    void the_expected_effect_is_saved_and_printed_under_kostnader_och_finansiering() {
        var sparat = sparaFullstandigt();
        var medEffekt = uppdrag.spara(Handlingar.medFinansiering(sparat, new Finansiering(sparat.finansiering().text(),
                new BigDecimal("250000"), "  1,0 årsarbetare per år ")));

        assertThat(uppdrag.hamta(medEffekt.id()).finansiering().beraknadEffekt()).isEqualTo("1,0 årsarbetare per år");
        var text = Dokumentmall.av(uppdrag.hamta(medEffekt.id())).sektioner().stream()
                .flatMap(s -> s.block().stream()).filter(Dokument.Stycke.class::isInstance).map(b -> ((Dokument.Stycke) b).text()).toList();
        assertThat(text).contains("Beräknad effekt: 1,0 årsarbetare per år.");
    }

    @Test
    void an_expected_effect_longer_than_300_characters_is_refused_at_its_field() {
        var sparat = sparaFullstandigt();
        assertThatThrownBy(() -> uppdrag.spara(Handlingar.medFinansiering(sparat, new Finansiering(null, null, "x".repeat(301)))))
                .isInstanceOfSatisfying(OgiltigtUppdragException.class, fel -> assertThat(fel.fel()).containsKey("beraknadEffekt"));
    }
}
