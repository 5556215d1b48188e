package se.uppdrag.delegation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.uppdrag.personer.Enhet;
import se.uppdrag.personer.EnhetId;
import se.uppdrag.personer.Enhetskod;
import se.uppdrag.personer.Enhetstyp;
import se.uppdrag.personer.Person;
import se.uppdrag.personer.PersonId;

/** How a rule of the delegationsordning covers a case: unit (with the units under it), kind, amount and period. */
class EnhetstradTest {

    private static final Enhet REGION = enhet(1, "Region Exempel", "RE", Enhetstyp.REGION, null);
    private static final Enhet KONTORET = enhet(2, "Koncernkontoret", "KK", Enhetstyp.KONCERNKONTOR, REGION);
    private static final Enhet DIGITALISERING = enhet(3, "Avdelning digitalisering", "KK-DIG", Enhetstyp.AVDELNING, KONTORET);
    private static final Enhet HSF = enhet(4, "Hälso- och sjukvårdsförvaltningen", "HSF", Enhetstyp.FORVALTNING, REGION);
    private static final Enhet HSF_KANSLI = enhet(5, "Kansliet", "HSF-KAN", Enhetstyp.AVDELNING, HSF);
    private static final Enhet KK_KANSLI = enhet(6, "Kansliet", "KK-KAN", Enhetstyp.AVDELNING, KONTORET);
    private final Enhetstrad trad = new Enhetstrad(List.of(REGION, KONTORET, DIGITALISERING, HSF, HSF_KANSLI, KK_KANSLI));

    @Test
    void a_rule_for_a_unit_covers_the_unit_and_every_unit_under_it_but_not_a_sibling() {
        assertThat(trad.tacker(KONTORET.id(), "Koncernkontoret")).isTrue();
        assertThat(trad.tacker(KONTORET.id(), "Avdelning digitalisering")).isTrue();
        assertThat(trad.tacker(REGION.id(), "Avdelning digitalisering")).isTrue();
        assertThat(trad.tacker(DIGITALISERING.id(), "Koncernkontoret")).as("not upwards").isFalse();
        assertThat(trad.tacker(HSF.id(), "Avdelning digitalisering")).as("not a sibling's").isFalse();
    }

    @Test
    void the_header_names_its_unit_by_name_code_or_both_ignoring_case() {
        assertThat(trad.tacker(KONTORET.id(), "kk-dig")).isTrue();
        assertThat(trad.tacker(KONTORET.id(), "avdelning DIGITALISERING")).isTrue();
        assertThat(trad.tacker(KONTORET.id(), "Avdelning digitalisering (KK-DIG)")).isTrue();
    }

    @Test
    void an_uppdrag_whose_unit_is_not_in_the_organisation_is_covered_only_by_a_rule_for_the_region() {
        assertThat(trad.tacker(REGION.id(), "Okända enheten")).isTrue();
        assertThat(trad.tacker(KONTORET.id(), "Okända enheten")).isFalse();
        assertThat(trad.tacker(REGION.id(), null)).isTrue();
        assertThat(trad.tacker(KONTORET.id(), null)).isFalse();
    }

    @Test
    void a_name_two_units_share_is_covered_only_by_a_rule_over_both() {
        assertThat(trad.tacker(KONTORET.id(), "Kansliet")).as("the förvaltning's kansli is not the kontor's").isFalse();
        assertThat(trad.tacker(REGION.id(), "Kansliet")).isTrue();
        assertThat(trad.tacker(KONTORET.id(), "KK-KAN")).as("the code is unambiguous").isTrue();
    }

    @Test
    void a_rule_of_one_kind_covers_only_that_kind_and_one_without_a_kind_every_kind() {
        assertThat(regel(Uppdragsslag.NYTT, null).omfattar(Uppdragsslag.NYTT, null)).isTrue();
        assertThat(regel(Uppdragsslag.NYTT, null).omfattar(Uppdragsslag.REVIDERING, null)).isFalse();
        assertThat(regel(Uppdragsslag.REVIDERING, null).omfattar(Uppdragsslag.REVIDERING, null)).isTrue();
        assertThat(regel(null, null).omfattar(Uppdragsslag.REVIDERING, null)).isTrue();
    }

    @Test
    void the_amount_limit_is_compared_with_the_financing_amount_and_includes_it() {
        var regel = regel(null, new BigDecimal("500000"));
        assertThat(regel.omfattar(Uppdragsslag.NYTT, new BigDecimal("500000.00"))).isTrue();
        assertThat(regel.omfattar(Uppdragsslag.NYTT, new BigDecimal("500000.01"))).isFalse();
        assertThat(regel.omfattar(Uppdragsslag.NYTT, null)).as("no amount is within any limit").isTrue();
        assertThat(regel(null, null).omfattar(Uppdragsslag.NYTT, new BigDecimal("999999999"))).isTrue();
    }

    @Test
    void a_rule_holds_from_its_first_day_through_its_last() {
        var regel = new Delegationsregel(1, person(), KONTORET, null, null, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30));
        assertThat(regel.galler(LocalDate.of(2025, 12, 31))).isFalse();
        assertThat(regel.galler(LocalDate.of(2026, 1, 1))).isTrue();
        assertThat(regel.galler(LocalDate.of(2026, 6, 30))).isTrue();
        assertThat(regel.galler(LocalDate.of(2026, 7, 1))).isFalse();
        assertThat(new Delegationsregel(1, person(), KONTORET, null, null, LocalDate.of(2026, 1, 1), null)
                .galler(LocalDate.of(2099, 1, 1))).as("open-ended").isTrue();
    }

    @Test
    void the_rule_reads_the_same_in_words_everywhere() {
        var regel = new Delegationsregel(1, person(), KONTORET, Uppdragsslag.NYTT, new BigDecimal("2000000"),
                LocalDate.of(2026, 1, 1), null);
        assertThat(Regeltext.svenska(regel)).isEqualTo(
                "Koncernkontoret (KK) med underliggande enheter, nya uppdrag, högst 2 000 000 kr, gäller från 2026-01-01 tills vidare");
    }

    private static Delegationsregel regel(Uppdragsslag slag, BigDecimal grans) {
        return new Delegationsregel(1, person(), KONTORET, slag, grans, LocalDate.of(2026, 1, 1), null);
    }

    private static Person person() {
        return new Person(new PersonId(1), "Karin Ek", "regiondirektör", "Koncernkontoret", null);
    }

    private static Enhet enhet(long id, String namn, String kod, Enhetstyp typ, Enhet overordnad) {
        return new Enhet(new EnhetId(id), namn, new Enhetskod(kod), typ, overordnad == null ? null : overordnad.id(), true);
    }
}
