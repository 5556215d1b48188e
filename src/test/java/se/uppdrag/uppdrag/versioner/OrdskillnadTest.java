package se.uppdrag.uppdrag.versioner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.uppdrag.uppdrag.versioner.Jamforelse.Skillnad;
import se.uppdrag.uppdrag.versioner.Jamforelse.Textbit;

class OrdskillnadTest {

    @Test
    void the_longest_common_subsequence_keeps_the_order_of_both() {
        var par = Lcs.par(List.of("a", "b", "c", "d", "e"), List.of("a", "x", "c", "e", "y"), String::equals);
        assertThat(par).extracting(p -> p[0] + ":" + p[1]).containsExactly("0:0", "2:2", "4:3");
    }

    @Test
    void common_ends_match_even_when_the_middle_is_too_big_to_compare() {
        var mitten = (int) Math.sqrt(Lcs.MAX_CELLER) + 10;
        var a = new java.util.ArrayList<String>(List.of("start"));
        var b = new java.util.ArrayList<String>(List.of("start"));
        a.addAll(Collections.nCopies(mitten, "a"));
        b.addAll(Collections.nCopies(mitten, "b"));
        a.add("slut");
        b.add("slut");
        assertThat(Lcs.par(a, b, String::equals)).extracting(p -> p[0] + ":" + p[1])
                .containsExactly("0:0", (mitten + 1) + ":" + (mitten + 1));
    }

    @Test
    void a_changed_word_is_shown_as_removed_and_added_between_the_words_that_stay() {
        var bitar = Ordskillnad.skillnad("Kommunikation sker via samordningsgruppen.", "Kommunikation sker via koncernledningen.");
        assertThat(bitar).containsExactly(
                new Textbit("Kommunikation sker via", Skillnad.OFORANDRAT),
                new Textbit(" samordningsgruppen", Skillnad.BORTTAGET),
                new Textbit(" koncernledningen", Skillnad.TILLAGT),
                new Textbit(".", Skillnad.OFORANDRAT));
    }

    @Test
    void words_added_in_two_places_are_two_pieces_and_the_rest_stays() {
        var bitar = Ordskillnad.skillnad("Arbetet är prioriterat.", "Arbetet är högt prioriterat, med särskilda medel.");
        assertThat(bitar).extracting(Textbit::skillnad).containsExactly(Skillnad.OFORANDRAT, Skillnad.TILLAGT,
                Skillnad.OFORANDRAT, Skillnad.TILLAGT, Skillnad.OFORANDRAT);
        assertThat(bitar.get(1).text()).isEqualTo(" högt");
        assertThat(bitar.get(3).text()).isEqualTo(", med särskilda medel");
    }

    @Test
    void likeness_is_one_for_the_same_words_and_zero_for_none_in_common() {
        assertThat(Ordskillnad.likhet("Karin Ek, direktör", "Karin Ek, direktör")).isEqualTo(1.0);
        assertThat(Ordskillnad.likhet("Karin Ek", "Olof Lind")).isZero();
        assertThat(Ordskillnad.likhet("Karin Ek", "Karin Ek, beslutsfattare Samordningsgruppen")).isBetween(0.5, 0.6);
        assertThat(Ordskillnad.likhet("", "")).isEqualTo(1.0);
    }
}
