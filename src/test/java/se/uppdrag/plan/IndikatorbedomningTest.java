package se.uppdrag.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import se.uppdrag.plan.Indikator.Arsvarde;
import se.uppdrag.plan.Indikator.Riktning;
import se.uppdrag.plan.Indikator.Slag;
import se.uppdrag.plan.Indikator.Svar;
import se.uppdrag.plan.Indikatorbedomning.Status;
import se.uppdrag.plan.Indikatorbedomning.Trend;

/** An indicator is met when its outcome reaches the year's target, partly met when short of it but better than the year before. */
class IndikatorbedomningTest {

    private static final MalRef MAL = new MalRef(1, new MalomradeId(1), "God och nära vård", "Fler ska få vård i hemmet");

    private static Indikator kvantitativ(Riktning riktning, Arsvarde... ar) {
        return new Indikator(new IndikatorId(1), new PlanId(1), MAL, "Andel i hemsjukvård", Slag.KVANTITATIV, "procent", riktning,
                List.of(ar));
    }

    private static Arsvarde tal(int ar, @Nullable String mal, @Nullable String utfall) {
        return new Arsvarde(ar, mal == null ? null : new BigDecimal(mal), utfall == null ? null : new BigDecimal(utfall), null, null);
    }

    private static Indikator kvalitativ(Svar fore, Svar nu) {
        return new Indikator(new IndikatorId(2), new PlanId(1), MAL, "Finns en plan för hemsjukvården?", Slag.KVALITATIV, null,
                Riktning.HOGRE_AR_BATTRE, List.of(new Arsvarde(2025, null, null, fore, null), new Arsvarde(2026, null, null, nu, null)));
    }

    @Test
    void reaching_the_target_is_met_and_the_trend_compares_with_the_year_before() {
        var i = kvantitativ(Riktning.HOGRE_AR_BATTRE, tal(2025, null, "12"), tal(2026, "15", "15.0"));
        assertThat(Indikatorbedomning.status(i, 2026)).isEqualTo(Status.UPPFYLLT);
        assertThat(Indikatorbedomning.trend(i, 2026)).contains(Trend.POSITIV);
    }

    @Test
    void short_of_the_target_but_better_than_the_year_before_is_partly_met_and_worse_is_not_met() {
        assertThat(Indikatorbedomning.status(kvantitativ(Riktning.HOGRE_AR_BATTRE, tal(2025, null, "12"), tal(2026, "15", "13")), 2026))
                .isEqualTo(Status.DELVIS);
        var samre = kvantitativ(Riktning.HOGRE_AR_BATTRE, tal(2025, null, "12"), tal(2026, "15", "11"));
        assertThat(Indikatorbedomning.status(samre, 2026)).isEqualTo(Status.EJ_UPPFYLLT);
        assertThat(Indikatorbedomning.trend(samre, 2026)).contains(Trend.NEGATIV);
    }

    @Test
    void when_lower_is_better_a_waiting_time_under_its_target_is_met() {
        var vantetid = kvantitativ(Riktning.LAGRE_AR_BATTRE, tal(2025, null, "90"), tal(2026, "60", "55"));
        assertThat(Indikatorbedomning.status(vantetid, 2026)).isEqualTo(Status.UPPFYLLT);
        assertThat(Indikatorbedomning.trend(vantetid, 2026)).contains(Trend.POSITIV);
        assertThat(Indikatorbedomning.status(kvantitativ(Riktning.LAGRE_AR_BATTRE, tal(2025, null, "90"), tal(2026, "60", "95")), 2026))
                .isEqualTo(Status.EJ_UPPFYLLT);
    }

    @Test
    void without_an_outcome_it_is_not_measured_and_has_no_trend() {
        var i = kvantitativ(Riktning.HOGRE_AR_BATTRE, tal(2026, "15", null));
        assertThat(Indikatorbedomning.status(i, 2026)).isEqualTo(Status.EJ_MATT);
        assertThat(Indikatorbedomning.trend(i, 2026)).isEmpty();
        assertThat(Indikatorbedomning.trend(kvantitativ(Riktning.HOGRE_AR_BATTRE, tal(2026, "15", "14")), 2026))
                .as("no year before").isEmpty();
    }

    @Test
    void a_qualitative_indicator_is_met_partly_or_not_by_its_answer_and_ja_after_delvis_is_a_positive_trend() {
        assertThat(Indikatorbedomning.status(kvalitativ(Svar.DELVIS, Svar.JA), 2026)).isEqualTo(Status.UPPFYLLT);
        assertThat(Indikatorbedomning.trend(kvalitativ(Svar.DELVIS, Svar.JA), 2026)).contains(Trend.POSITIV);
        assertThat(Indikatorbedomning.status(kvalitativ(Svar.JA, Svar.DELVIS), 2026)).isEqualTo(Status.DELVIS);
        assertThat(Indikatorbedomning.trend(kvalitativ(Svar.JA, Svar.DELVIS), 2026)).contains(Trend.NEGATIV);
        assertThat(Indikatorbedomning.status(kvalitativ(Svar.NEJ, Svar.NEJ), 2026)).isEqualTo(Status.EJ_UPPFYLLT);
        assertThat(Indikatorbedomning.trend(kvalitativ(Svar.NEJ, Svar.NEJ), 2026)).contains(Trend.OFORANDRAD);
    }
}
