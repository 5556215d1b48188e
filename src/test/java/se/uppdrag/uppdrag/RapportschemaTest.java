package se.uppdrag.uppdrag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.uppdrag.uppdrag.process.StatusrapportSchema;

/** The status report schedule: the dates of each cadence, the next one, and what an administrator may not write. */
class RapportschemaTest {

    private static final Rapportschema STANDARD = new StatusrapportSchema(null, null, null, 0).rapportschema();

    @Test
    void the_configured_defaults_are_twice_a_year_every_quarter_and_every_tertial() {
        assertThat(STANDARD.text(Statusrapportering.HALVAR)).isEqualTo("04-15, 10-15");
        assertThat(STANDARD.text(Statusrapportering.KVARTAL)).isEqualTo("03-15, 06-15, 09-15, 12-15");
        assertThat(STANDARD.text(Statusrapportering.TERTIAL)).isEqualTo("01-15, 05-15, 09-15");
    }

    @Test
    void a_tertial_is_reported_after_april_after_august_and_after_december() {
        assertThat(STANDARD.nasta(Statusrapportering.TERTIAL, LocalDate.of(2026, 2, 1))).isEqualTo(LocalDate.of(2026, 5, 15));
        assertThat(STANDARD.nasta(Statusrapportering.TERTIAL, LocalDate.of(2026, 5, 15))).isEqualTo(LocalDate.of(2026, 9, 15));
        assertThat(STANDARD.nasta(Statusrapportering.TERTIAL, LocalDate.of(2026, 9, 15))).isEqualTo(LocalDate.of(2027, 1, 15));
    }

    @Test
    void the_next_date_after_the_last_one_of_the_year_is_in_the_next_year() {
        assertThat(STANDARD.nasta(Statusrapportering.HALVAR, LocalDate.of(2026, 10, 16))).isEqualTo(LocalDate.of(2027, 4, 15));
        assertThat(STANDARD.nasta(Statusrapportering.KVARTAL, LocalDate.of(2026, 12, 31))).isEqualTo(LocalDate.of(2027, 3, 15));
    }

    @Test
    void dates_are_written_with_commas_in_any_order_and_kept_sorted_without_repeats() {
        var schema = Rapportschema.av(text("10-15, 04-15,10-15", "12-15 03-15;06-15,09-15", "09-15,05-15,01-15"));
        assertThat(schema.text(Statusrapportering.HALVAR)).isEqualTo("04-15, 10-15");
        assertThat(schema.text(Statusrapportering.KVARTAL)).isEqualTo("03-15, 06-15, 09-15, 12-15");
    }

    @Test
    void a_date_that_does_not_exist_is_refused_at_its_cadence() {
        assertThatThrownBy(() -> Rapportschema.av(text("04-15", "04-31", "05-15")))
                .isInstanceOfSatisfying(RapportschemaFelException.class,
                        fel -> assertThat(fel.rapportering()).isEqualTo(Statusrapportering.KVARTAL))
                .hasMessage("04-31 är inte ett datum som finns.");
        assertThatThrownBy(() -> Rapportschema.av(text("13-01", "03-15", "05-15")))
                .hasMessage("13-01 är inte ett datum som finns.");
    }

    @Test
    void a_date_not_written_as_month_and_day_is_refused() {
        assertThatThrownBy(() -> Rapportschema.av(text("4-15", "03-15", "05-15")))
                .isInstanceOfSatisfying(RapportschemaFelException.class,
                        fel -> assertThat(fel.rapportering()).isEqualTo(Statusrapportering.HALVAR))
                .hasMessage("”4-15” är inte ett datum skrivet som MM-DD, till exempel 04-15.");
        assertThatThrownBy(() -> Rapportschema.av(text("04-15", "03-15", "15 maj")))
                .hasMessage("”15” är inte ett datum skrivet som MM-DD, till exempel 04-15.");
    }

    @Test
    void every_cadence_needs_at_least_one_date() {
        assertThatThrownBy(() -> Rapportschema.av(text("04-15", "03-15", " ")))
                .isInstanceOfSatisfying(RapportschemaFelException.class,
                        fel -> assertThat(fel.rapportering()).isEqualTo(Statusrapportering.TERTIAL))
                .hasMessage("Ange minst ett datum.");
        assertThatThrownBy(() -> new Rapportschema(Map.of(Statusrapportering.HALVAR, List.of(java.time.MonthDay.of(4, 15)))))
                .isInstanceOf(RapportschemaFelException.class);
    }

    @Test
    void the_29th_of_february_is_refused_for_it_is_not_there_every_year() {
        assertThatThrownBy(() -> Rapportschema.av(text("02-29", "03-15", "05-15")))
                .hasMessage("29 februari finns inte varje år. Välj 28 februari eller 1 mars.");
    }

    /** The administrator's text per cadence. */
    static Map<Statusrapportering, String> text(String halvar, String kvartal, String tertial) {
        var text = new EnumMap<Statusrapportering, String>(Statusrapportering.class);
        text.put(Statusrapportering.HALVAR, halvar);
        text.put(Statusrapportering.KVARTAL, kvartal);
        text.put(Statusrapportering.TERTIAL, tertial);
        return text;
    }
}
