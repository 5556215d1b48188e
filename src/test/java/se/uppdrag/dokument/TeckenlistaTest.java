package se.uppdrag.dokument;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/** How a text becomes the glyphs drawn: faces, boxes for what no font has, Arabic joining. */
class TeckenlistaTest {

    private static List<Tecken> tecken(String text) throws Exception {
        try (var pdf = new PDDocument(); var typsnitt = new Typsnitt(pdf)) {
            return Teckenlista.av(text, Typsnitt.Vikt.NORMAL, typsnitt);
        }
    }

    private static String visat(List<Tecken> tecken) {
        return String.join("", tecken.stream().map(Tecken::visat).toList());
    }

    @Test
    void an_emoji_sequence_is_one_box_that_keeps_the_whole_sequence_as_its_original() throws Exception {
        var tecken = tecken("ok 👩‍⚕️!");

        assertThat(visat(tecken)).isEqualTo("ok □!");
        assertThat(tecken.get(3).original()).isEqualTo("👩‍⚕️");
        assertThat(tecken.get(3).ersatt()).isTrue();
    }

    @Test
    void greek_and_cyrillic_come_from_liberation_and_arabic_and_check_marks_from_dejavu() throws Exception {
        var tecken = tecken("Ωм✓ب");

        assertThat(tecken).extracting(t -> t.snitt().font().getName().replaceFirst("^[A-Z]{6}\\+", ""))
                .containsExactly("LiberationSans", "LiberationSans", "DejaVuSans", "DejaVuSans");
        assertThat(tecken.subList(0, 3)).noneMatch(Tecken::ersatt);
    }

    @Test
    void arabic_letters_take_their_joined_forms_and_lam_alef_becomes_one_ligature() throws Exception {
        // meem initial, reh final, hah initial, beh medial, alef final
        assertThat(visat(tecken("مرحبا"))).isEqualTo("\uFEE3\uFEAE\uFEA3\uFE92\uFE8E");
        // seen initial, lam-alef final ligature (drawing both letters), meem isolated after the non-joining alef
        var salam = tecken("سلام");
        assertThat(visat(salam)).isEqualTo("\uFEB3\uFEFC\uFEE1");
        assertThat(salam.get(1).original()).isEqualTo("لا");
        assertThat(salam).allMatch(Tecken::ersatt);
    }

    @Test
    void a_persian_letter_without_known_forms_is_boxed_rather_than_drawn_unjoined() throws Exception {
        var tecken = tecken("پ");

        assertThat(visat(tecken)).isEqualTo(Tecken.SAKNAS);
        assertThat(tecken.getFirst().original()).isEqualTo("پ");
    }

    @Test
    void zero_width_and_control_characters_draw_nothing_and_a_newline_breaks_the_line() throws Exception {
        var tecken = tecken("a\u200Bb\u0007\nc");

        assertThat(tecken).extracting(Tecken::visat).containsExactly("a", "b", "\n", "c");
        assertThat(tecken.get(2).typ()).isEqualTo(Tecken.Typ.RADBRYTNING);
    }
}
