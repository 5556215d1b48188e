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
        assertThat(period.form()).isEqualTo(Tidsperiod.Form.MANAD);
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

    @Test
    void exact_dates_are_kept_as_dates_in_form_too() {
        assertThat(Tidsperiod.parse("2026-03-01").form()).isEqualTo(Tidsperiod.Form.DATUM);
        assertThat(Tidsperiod.parse("2026-03-01").visning()).isEqualTo("2026-03-01");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Q4 2023            | 2023-10-01 | 2023-12-31 | Q4 2023",
            "kv4 2023           | 2023-10-01 | 2023-12-31 | Q4 2023",
            "Kv 4 2023          | 2023-10-01 | 2023-12-31 | Q4 2023",
            "kv. 1 2024         | 2024-01-01 | 2024-03-31 | Q1 2024",
            "kvartal 4 2023     | 2023-10-01 | 2023-12-31 | Q4 2023",
            "q2 2025            | 2025-04-01 | 2025-06-30 | Q2 2025",
            "Q3 2023 – Q1 2024  | 2023-07-01 | 2024-03-31 | Q3 2023 – Q1 2024",
            "Q1 – Q3 2024       | 2024-01-01 | 2024-09-30 | Q1 – Q3 2024",
            "kv1 2024 - kv2 2024 | 2024-01-01 | 2024-06-30 | Q1 – Q2 2024"})
    void a_quarter_spans_its_three_months_and_is_written_q4_2023(String text, LocalDate start, LocalDate slut, String visning) {
        var period = Tidsperiod.parse(text);
        assertThat(period.start()).isEqualTo(start);
        assertThat(period.slut()).isEqualTo(slut);
        assertThat(period.form()).isEqualTo(Tidsperiod.Form.KVARTAL);
        assertThat(period.visning()).isEqualTo(visning);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2023           | 2023-01-01 | 2023-12-31 | 2023",
            "2023 – 2025    | 2023-01-01 | 2025-12-31 | 2023 – 2025",
            "2023–2025      | 2023-01-01 | 2025-12-31 | 2023 – 2025",
            "2023-2025      | 2023-01-01 | 2025-12-31 | 2023 – 2025",
            "2023 - 2024    | 2023-01-01 | 2024-12-31 | 2023 – 2024",
            "2024 till 2026 | 2024-01-01 | 2026-12-31 | 2024 – 2026"})
    void a_year_spans_its_twelve_months_and_a_span_of_years_is_written_2023_2025(String text, LocalDate start, LocalDate slut,
            String visning) {
        var period = Tidsperiod.parse(text);
        assertThat(period.start()).isEqualTo(start);
        assertThat(period.slut()).isEqualTo(slut);
        assertThat(period.form()).isEqualTo(Tidsperiod.Form.AR);
        assertThat(period.visning()).isEqualTo(visning);
    }

    @Test
    void under_2023_is_the_whole_year_in_those_words() {
        var period = Tidsperiod.parse("under 2023");
        assertThat(period).isEqualTo(Tidsperiod.underAr(2023));
        assertThat(period.start()).isEqualTo(LocalDate.of(2023, 1, 1));
        assertThat(period.slut()).isEqualTo(LocalDate.of(2023, 12, 31));
        assertThat(period.visning()).isEqualTo("Under 2023");
        assertThat(period).as("the same year, worded differently").isNotEqualTo(Tidsperiod.parse("2023"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Juni – aug 2025", "Nov 2025", "Okt 2026 – mars 2027", "2026-03-01 – 2026-04-15",
            "2026-03-01", "Q4 2023", "Q1 – Q3 2024", "Q3 2023 – Q1 2024", "2023", "2023 – 2025", "Under 2023"})
    void every_form_is_read_back_as_it_is_written(String text) {
        var period = Tidsperiod.parse(text);
        assertThat(period.visning()).isEqualTo(text);
        assertThat(Tidsperiod.parse(period.visning())).isEqualTo(period);
    }

    @Test
    void every_form_written_from_its_parts_is_read_again_as_the_same_period() {
        for (var period : java.util.List.of(Tidsperiod.kvartal(2023, 4, 2023, 4), Tidsperiod.kvartal(2023, 3, 2024, 1),
                Tidsperiod.ar(2023, 2023), Tidsperiod.ar(2023, 2025), Tidsperiod.underAr(2024),
                Tidsperiod.manader(YearMonth.of(2025, 11), YearMonth.of(2026, 2)),
                Tidsperiod.datum(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 5)))) {
            assertThat(Tidsperiod.parse(period.visning())).as(period.visning()).isEqualTo(period);
        }
    }

    @Test
    void a_fifth_quarter_is_refused_saying_a_quarter_is_1_to_4() {
        assertThatThrownBy(() -> Tidsperiod.parse("Q5 2023"))
                .hasMessage("Ett kvartal är 1, 2, 3 eller 4, inte 5. Skriv till exempel ”Q4 2023” eller ”kv4 2023”.");
        assertThatThrownBy(() -> Tidsperiod.parse("kv0 2023")).hasMessageContaining("inte 0");
        assertThatThrownBy(() -> Tidsperiod.kvartal(2023, 5, 2023, 5)).hasMessageContaining("inte 5");
    }

    @Test
    void a_quarter_without_a_year_is_refused_asking_for_the_year() {
        assertThatThrownBy(() -> Tidsperiod.parse("Q4"))
                .hasMessage("Ange årtal för kvartalet, till exempel ”Q4 2023” eller ”Q3 2023 – Q1 2024”.");
    }

    @Test
    void quarters_and_years_that_end_before_they_start_are_rejected() {
        assertThatThrownBy(() -> Tidsperiod.parse("Q1 2024 – Q3 2023")).hasMessage("Periodens slut ligger före dess början");
        assertThatThrownBy(() -> Tidsperiod.parse("Q3 – Q1 2024")).hasMessage("Periodens slut ligger före dess början");
        assertThatThrownBy(() -> Tidsperiod.parse("2025 – 2023")).hasMessage("Periodens slut ligger före dess början");
        assertThatThrownBy(() -> Tidsperiod.parse("2025-2023")).hasMessage("Periodens slut ligger före dess början");
    }

    @Test
    void a_period_that_mixes_forms_is_asked_to_be_written_the_same_way_at_both_ends() {
        var meddelande = "Skriv periodens början och slut på samma sätt, till exempel ”Q3 2023 – Q1 2024”, ”2023 – 2025” eller ”Juni – aug 2025”.";
        assertThatThrownBy(() -> Tidsperiod.parse("Q4 2023 – 2025")).hasMessage(meddelande);
        assertThatThrownBy(() -> Tidsperiod.parse("2023 – juni 2024")).hasMessage(meddelande);
        assertThatThrownBy(() -> Tidsperiod.parse("2026-03-01 – juni 2026")).hasMessage(meddelande);
    }

    @Test
    void under_wants_one_year_after_it() {
        var meddelande = "Skriv ett årtal efter ”Under”, till exempel ”Under 2023”.";
        assertThatThrownBy(() -> Tidsperiod.parse("Under våren")).hasMessage(meddelande);
        assertThatThrownBy(() -> Tidsperiod.parse("Under 2023 – 2024")).hasMessage(meddelande);
    }

    @Test
    void a_stored_quarter_or_year_that_does_not_cover_whole_quarters_or_years_is_refused() {
        assertThatThrownBy(() -> new Tidsperiod(LocalDate.of(2023, 10, 2), LocalDate.of(2023, 12, 31), Tidsperiod.Form.KVARTAL))
                .hasMessageContaining("mitt i");
        assertThatThrownBy(() -> new Tidsperiod(LocalDate.of(2023, 1, 1), LocalDate.of(2024, 6, 30), Tidsperiod.Form.AR))
                .hasMessageContaining("mitt i");
        assertThatThrownBy(() -> new Tidsperiod(LocalDate.of(2023, 1, 1), LocalDate.of(2024, 12, 31), Tidsperiod.Form.UNDER_AR))
                .hasMessageContaining("mitt i");
        assertThatThrownBy(() -> new Tidsperiod(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 1, 30), Tidsperiod.Form.MANAD))
                .hasMessageContaining("mitt i");
    }

    @Test
    void periods_sort_by_start_then_end_whatever_their_form() {
        var ar = Tidsperiod.parse("2024");
        var kvartal = Tidsperiod.parse("Q1 2024");
        var manad = Tidsperiod.parse("Jan 2024");
        var forra = Tidsperiod.parse("Under 2023");
        var sorterade = java.util.stream.Stream.of(ar, kvartal, manad, forra).sorted(Tidsperiod.I_TIDSORDNING).toList();
        assertThat(sorterade).containsExactly(forra, manad, kvartal, ar);
    }
}
