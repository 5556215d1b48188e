package se.uppdrag.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Working days follow the Swedish calendar of public holidays. */
class ArbetsdagarTest {

    @Test
    void weekends_and_swedish_holidays_are_not_working_days() {
        assertThat(Arbetsdagar.arArbetsdag(LocalDate.of(2026, 11, 23))).as("måndag").isTrue();
        assertThat(Arbetsdagar.arArbetsdag(LocalDate.of(2026, 11, 28))).as("lördag").isFalse();
        assertThat(Arbetsdagar.arArbetsdag(LocalDate.of(2026, 1, 6))).as("trettondedag jul").isFalse();
        assertThat(Arbetsdagar.arArbetsdag(LocalDate.of(2026, 4, 3))).as("långfredag").isFalse();
        assertThat(Arbetsdagar.arArbetsdag(LocalDate.of(2026, 4, 6))).as("annandag påsk").isFalse();
        assertThat(Arbetsdagar.arArbetsdag(LocalDate.of(2026, 5, 14))).as("Kristi himmelsfärd").isFalse();
        assertThat(Arbetsdagar.arArbetsdag(LocalDate.of(2026, 6, 19))).as("midsommarafton").isFalse();
        assertThat(Arbetsdagar.arArbetsdag(LocalDate.of(2026, 12, 24))).as("julafton").isFalse();
        assertThat(Arbetsdagar.arArbetsdag(LocalDate.of(2026, 12, 31))).as("nyårsafton").isFalse();
        assertThat(Arbetsdagar.arArbetsdag(LocalDate.of(2026, 12, 23))).isTrue();
    }

    @Test
    void counting_working_days_skips_christmas_and_new_year() {
        // 23 dec 2026 (onsdag) till 8 jan 2027: 28, 29, 30 dec, 4, 5, 7, 8 jan
        assertThat(Arbetsdagar.mellan(LocalDate.of(2026, 12, 23), LocalDate.of(2027, 1, 8))).isEqualTo(7);
        assertThat(Arbetsdagar.mellan(LocalDate.of(2027, 1, 8), LocalDate.of(2026, 12, 23))).isEqualTo(-7);
        assertThat(Arbetsdagar.efter(LocalDate.of(2026, 12, 23), 7)).isEqualTo(LocalDate.of(2027, 1, 8));
        assertThat(Arbetsdagar.efter(LocalDate.of(2026, 4, 2), 1)).as("skärtorsdag → tisdag efter påsk")
                .isEqualTo(LocalDate.of(2026, 4, 7));
    }
}
