package se.uppdrag.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class TidsformatTest {

    private static final Instant MIDSOMMARNATT = Instant.parse("2026-06-19T22:30:15Z");

    @Test
    void a_point_in_time_is_shown_in_the_zone_of_the_clock() {
        var stockholm = Tidsformat.av(Clock.fixed(MIDSOMMARNATT, ZoneId.of("Europe/Stockholm")));
        assertThat(stockholm.dag(MIDSOMMARNATT)).isEqualTo("2026-06-20");
        assertThat(stockholm.minut(MIDSOMMARNATT)).isEqualTo("2026-06-20 00:30");
        assertThat(stockholm.sekund(MIDSOMMARNATT)).isEqualTo("2026-06-20 00:30:15");
    }

    @Test
    void another_configured_zone_shows_the_same_point_as_its_own_local_time() {
        var london = Tidsformat.av(Clock.fixed(MIDSOMMARNATT, ZoneId.of("Europe/London")));
        assertThat(london.dag(MIDSOMMARNATT)).isEqualTo("2026-06-19");
        assertThat(london.minut(MIDSOMMARNATT)).isEqualTo("2026-06-19 23:30");
    }
}
