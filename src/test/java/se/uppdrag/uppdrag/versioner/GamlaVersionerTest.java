package se.uppdrag.uppdrag.versioner;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.uppdrag.personer.Person;
import se.uppdrag.personer.PersonId;
import se.uppdrag.uppdrag.Aktivitet;
import se.uppdrag.uppdrag.Arbetsorganisation;
import se.uppdrag.uppdrag.Beslutsform;
import se.uppdrag.uppdrag.Distribution;
import se.uppdrag.uppdrag.Finansiering;
import se.uppdrag.uppdrag.Huvud;
import se.uppdrag.uppdrag.Samband;
import se.uppdrag.uppdrag.Statusrapportering;
import se.uppdrag.uppdrag.Tidplan;
import se.uppdrag.uppdrag.Tidsperiod;
import se.uppdrag.uppdrag.UppdragStatus;
import se.uppdrag.uppdrag.Uppdragshandling;

/** Kept versions read back as they were sent, those kept before a period had a form among them. */
class GamlaVersionerTest {

    private static final Person MARIA = new Person(new PersonId(3), "Maria Berg", null, null, null);

    @Test
    void a_version_kept_today_reads_back_with_its_quarters_years_and_units_responsible() {
        var handling = handling(new Tidplan("Arbetet är högt prioriterat.", LocalDate.of(2026, 12, 1), Statusrapportering.HALVAR,
                List.of(new Aktivitet("Kartläggning", Tidsperiod.parse("Q4 2023"), null, "CIFU"),
                        new Aktivitet("Införande", Tidsperiod.parse("2024 – 2025"), MARIA),
                        new Aktivitet("Uppföljning", Tidsperiod.parse("Under 2026"), null, "Respektive CD och VC")),
                "Ekonomidirektör"));

        var last = Versioner.las(Versioner.json(handling));

        assertThat(last).isEqualTo(handling);
        assertThat(last.tidplan().aktiviteter()).extracting(a -> a.period().visning(), Aktivitet::ansvarigVisning).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Q4 2023", "CIFU"), org.assertj.core.groups.Tuple.tuple("2024 – 2025", "Maria Berg"),
                org.assertj.core.groups.Tuple.tuple("Under 2026", "Respektive CD och VC"));
    }

    @Test
    void a_version_kept_when_a_period_only_said_whether_it_was_months_reads_back_as_months_or_dates() {
        var idag = handling(new Tidplan("Arbetet är högt prioriterat.", LocalDate.of(2026, 12, 1), List.of(
                new Aktivitet("Nulägesanalys", Tidsperiod.manader(YearMonth.of(2026, 6), YearMonth.of(2026, 8)), MARIA),
                new Aktivitet("Förankring", Tidsperiod.datum(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 15)), null))));
        var json = Versioner.json(idag);
        var forr = json.replace("\"form\":\"MANAD\"", "\"manader\":true").replace("\"form\":\"DATUM\"", "\"manader\":false")
                .replace(",\"ansvarigText\":null", "").replace(",\"ansvarigIUppfoljning\":null", "");
        assertThat(forr).as("the old shape").contains("\"manader\":true", "\"manader\":false")
                .doesNotContain("\"form\"", "ansvarigText", "ansvarigIUppfoljning");

        var last = Versioner.las(forr);

        assertThat(last).isEqualTo(idag);
        assertThat(last.tidplan().aktiviteter()).extracting(a -> a.period().form(), a -> a.period().visning()).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Tidsperiod.Form.MANAD, "Juni – aug 2026"),
                org.assertj.core.groups.Tuple.tuple(Tidsperiod.Form.DATUM, "2026-09-01 – 2026-10-15"));
    }

    private static Uppdragshandling handling(Tidplan tidplan) {
        return new Uppdragshandling(null, 0, UppdragStatus.UTKAST, MARIA, new Huvud("Region Exempel", "Koncernkontoret",
                LocalDate.of(2026, 3, 2)), null, "Samordnad införandeplanering", List.of(MARIA), MARIA, null, null, List.of(),
                List.of(), new Arbetsorganisation(List.of(), null), new Samband(List.of(), null), null, tidplan,
                new Finansiering(null, null), new Beslutsform(null, List.of(), null, null), new Distribution(List.of(), List.of()));
    }
}
