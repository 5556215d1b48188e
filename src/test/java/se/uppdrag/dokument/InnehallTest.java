package se.uppdrag.dokument;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A page's content stream writes its coordinates short: two decimals at most, no trailing zeros, never "-0". */
class InnehallTest {

    @Test
    void a_coordinate_is_written_with_at_most_two_decimals_and_no_trailing_zeros() {
        assertThat(Innehall.tal(100f)).isEqualTo("100");
        assertThat(Innehall.tal(12.5f)).isEqualTo("12.5");
        assertThat(Innehall.tal(841.89f)).isEqualTo("841.89");
        assertThat(Innehall.tal(0.125f)).isEqualTo("0.13");
        assertThat(Innehall.tal(-3.999f)).isEqualTo("-4");
        assertThat(Innehall.tal(-0.001f)).isEqualTo("0");
        assertThat(Innehall.tal(0f)).isEqualTo("0");
    }

    @Test
    void a_coordinate_is_written_as_the_two_decimal_format_rounds_it() {
        for (int i = -200_000; i <= 200_000; i += 7) {
            var v = i / 997f;
            assertThat(Innehall.tal(v)).as("%s", v).isEqualTo(somFormatet(v));
        }
    }

    /** How it was written before: with String.format and regular expressions. */
    private static String somFormatet(float v) {
        var text = String.format(Locale.ROOT, "%.2f", v);
        text = text.contains(".") ? text.replaceAll("0+$", "").replaceAll("\\.$", "") : text;
        return text.equals("-0") ? "0" : text;
    }
}
