package se.uppdrag.diarium;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DiarienummerTest {

    @Test
    void a_diarienummer_is_read_from_its_written_form() {
        var dnr = Diarienummer.parse("RS 2024-05699");
        assertThat(dnr.prefix()).isEqualTo("RS");
        assertThat(dnr.ar()).isEqualTo(2024);
        assertThat(dnr.lopnummer()).isEqualTo(5699);
    }

    @Test
    void lowercase_extra_spaces_and_a_short_number_are_accepted_and_written_canonically() {
        assertThat(Diarienummer.parse("  rs 2024 - 412 ").toString()).isEqualTo("RS 2024-00412");
    }

    @Test
    void the_running_number_is_always_written_with_five_digits() {
        assertThat(new Diarienummer("HSN", 2026, 7)).hasToString("HSN 2026-00007");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "RS", "2024-05699", "RS 24-05699", "RS 2024-", "RS 2024-123456", "R5 2024-00001", "RS 2024/00001"})
    void anything_else_is_rejected_with_a_swedish_explanation(String text) {
        assertThatThrownBy(() -> Diarienummer.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("RS 2024-05699");
    }

    @Test
    void number_zero_and_a_prefix_that_is_too_long_are_invalid() {
        assertThatThrownBy(() -> new Diarienummer("RS", 2024, 0)).hasMessageContaining("Löpnumret");
        assertThatThrownBy(() -> new Diarienummer("ABCDEFGHIJK", 2024, 1)).hasMessageContaining("Diarieserien");
    }

    @Test
    void diarienummer_sort_by_series_year_and_number() {
        var tidig = Diarienummer.parse("RS 2024-00010");
        var senare = Diarienummer.parse("RS 2024-00200");
        var nyttAr = Diarienummer.parse("RS 2025-00001");
        assertThat(tidig).isLessThan(senare);
        assertThat(senare).isLessThan(nyttAr);
    }
}
