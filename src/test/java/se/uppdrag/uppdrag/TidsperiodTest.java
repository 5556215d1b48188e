package se.uppdrag.uppdrag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TidsperiodTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Juni – aug 2025    | 2025-06-01 | 2025-08-31",
            "Sep – okt 2025     | 2025-09-01 | 2025-10-31",
            "Nov 2025           | 2025-11-01 | 2025-11-30",
            "Jan – juni 2026    | 2026-01-01 | 2026-06-30",
            "Okt 2026 – mars 2027 | 2026-10-01 | 2027-03-31",
            "februari - april 2028 | 2028-02-01 | 2028-04-30",
            "2025-06 – 2025-08  | 2025-06-01 | 2025-08-31"})
    void month_ranges_are_read_as_the_paper_document_writes_them(String text, LocalDate start, LocalDate slut) {
        var period = Tidsperiod.parse(text);
        assertThat(period.start()).isEqualTo(start);
        assertThat(period.slut()).isEqualTo(slut);
        assertThat(period.manader()).isTrue();
    }

    @Test
    void exact_dates_are_kept_as_dates() {
        var period = Tidsperiod.parse("2026-03-01 – 2026-04-15");
        assertThat(period).isEqualTo(Tidsperiod.datum(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 15)));
        assertThat(period.visning()).isEqualTo("2026-03-01 – 2026-04-15");
    }

    @Test
    void month_ranges_are_written_back_in_the_documents_wording() {
        assertThat(Tidsperiod.manader(YearMonth.of(2025, 6), YearMonth.of(2025, 8)).visning()).isEqualTo("Juni – aug 2025");
        assertThat(Tidsperiod.manader(YearMonth.of(2025, 11), YearMonth.of(2025, 11)).visning()).isEqualTo("Nov 2025");
        assertThat(Tidsperiod.manader(YearMonth.of(2026, 10), YearMonth.of(2027, 3)).visning()).isEqualTo("Okt 2026 – mars 2027");
    }

    @Test
    void what_is_written_can_be_read_again() {
        var period = Tidsperiod.manader(YearMonth.of(2026, 3), YearMonth.of(2026, 4));
        assertThat(Tidsperiod.parse(period.visning())).isEqualTo(period);
    }

    @Test
    void a_period_that_ends_before_it_starts_is_rejected() {
        assertThatThrownBy(() -> Tidsperiod.parse("Okt – mars 2026")).hasMessage("Periodens slut ligger före dess början");
    }

    @Test
    void unreadable_text_gets_the_accepted_forms_as_its_message() {
        assertThatThrownBy(() -> Tidsperiod.parse("till sommaren")).hasMessage(Tidsperiod.FORMAT_HJALP);
        assertThatThrownBy(() -> Tidsperiod.parse("2026-02-30")).hasMessage(Tidsperiod.FORMAT_HJALP);
        assertThatThrownBy(() -> Tidsperiod.parse("Juni")).hasMessageContaining("årtal");
    }
}
