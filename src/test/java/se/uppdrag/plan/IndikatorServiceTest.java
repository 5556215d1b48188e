package se.uppdrag.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import se.uppdrag.IntegrationTest;
import se.uppdrag.TestFolk;
import se.uppdrag.plan.Indikator.Arsvarde;
import se.uppdrag.plan.Indikator.Riktning;
import se.uppdrag.plan.Indikator.Slag;
import se.uppdrag.plan.Indikator.Svar;
import se.uppdrag.plan.PlanUtkast.MalomradeUtkast;

/** Administrators keep the indicators of a plan's mål and their values year by year; what is wrong is refused at its field. */
@IntegrationTest
class IndikatorServiceTest {

    @Autowired
    ApplicationContext beans;
    @Autowired
    PlanService planer;
    @Autowired
    IndikatorService indikatorer;
    @Autowired
    Plankatalog katalog;

    TestFolk folk;
    Plan plan;

    @BeforeEach
    void enPlan() {
        folk = TestFolk.nytt(beans);
        folk.loggaIn(TestFolk.ADMINISTRATOR);
        plan = planer.spara(new PlanUtkast(null, "Verksamhetsplan " + folk.anvandarnamn(TestFolk.ADMINISTRATOR), 2026, 2027,
                LocalDate.of(2025, 11, 20), "Regionstyrelsen", List.of(
                        new MalomradeUtkast(null, "God och nära vård", List.of("Fler ska få vård i hemmet", "Kortare väntetider")),
                        new MalomradeUtkast(null, "Ekonomi i balans", List.of("Budgeten hålls")))), null);
    }

    @AfterEach
    void ut() {
        TestFolk.loggaUt();
    }

    private MalRef mal(String text) {
        return indikatorer.malen(plan.id()).stream().filter(m -> m.text().equals(text)).findFirst().orElseThrow();
    }

    private Indikator hemsjukvard() {
        return indikatorer.spara(new IndikatorUtkast(null, mal("Fler ska få vård i hemmet").id(), "Andel i hemsjukvård",
                Slag.KVANTITATIV, "procent", Riktning.HOGRE_AR_BATTRE), null);
    }

    @Test
    void indicators_are_listed_in_the_plans_order_with_their_years_and_read_by_the_follow_up() {
        var budget = indikatorer.spara(new IndikatorUtkast(null, mal("Budgeten hålls").id(), "Finns en åtgärdsplan?",
                Slag.KVALITATIV, "ignoreras", Riktning.HOGRE_AR_BATTRE), null);
        var hem = hemsjukvard();
        indikatorer.sparaAr(hem.id(), new Arsvarde(2025, null, new BigDecimal("12.5"), null, "Utgångsläge"), null);
        indikatorer.sparaAr(hem.id(), new Arsvarde(2026, new BigDecimal("15"), new BigDecimal("14"), null, null), null);
        indikatorer.sparaAr(budget.id(), new Arsvarde(2026, null, null, Svar.DELVIS, "Beslutas i juni"), null);

        var lista = indikatorer.indikatorer(plan.id());
        assertThat(lista).extracting(Indikator::namn).containsExactly("Andel i hemsjukvård", "Finns en åtgärdsplan?");
        assertThat(lista.getFirst().ar()).extracting(Arsvarde::ar).containsExactly(2025, 2026);
        assertThat(lista.getFirst().varde(2025).orElseThrow().utfall()).isEqualByComparingTo("12.5");
        assertThat(lista.getFirst().mal().malomradeNamn()).isEqualTo("God och nära vård");
        assertThat(lista.get(1).enhet()).as("a qualitative indicator has no unit").isNull();
        assertThat(Indikatorbedomning.status(lista.getFirst(), 2026)).isEqualTo(Indikatorbedomning.Status.DELVIS);
        TestFolk.loggaUt();
        assertThat(katalog.indikatorer(List.of(plan.id()))).hasSize(2);
    }

    @Test
    void a_years_values_replace_what_the_year_had() {
        var hem = hemsjukvard();
        indikatorer.sparaAr(hem.id(), new Arsvarde(2026, new BigDecimal("15"), null, null, null), null);
        var sparad = indikatorer.sparaAr(hem.id(), new Arsvarde(2026, new BigDecimal("15"), new BigDecimal("16"), null, " Klart "), null);
        assertThat(sparad.ar()).singleElement().satisfies(v -> {
            assertThat(v.utfall()).isEqualByComparingTo("16");
            assertThat(v.kommentar()).isEqualTo("Klart");
        });
    }

    @Test
    void what_is_missing_or_wrong_is_refused_at_its_field_in_swedish() {
        var id = mal("Kortare väntetider").id();
        assertThatThrownBy(() -> indikatorer.spara(new IndikatorUtkast(null, null, "Väntetid", Slag.KVANTITATIV, "dagar",
                Riktning.LAGRE_AR_BATTRE), null)).isInstanceOfSatisfying(PlanFelException.class,
                        f -> assertThat(f.falt()).isEqualTo("mal")).hasMessage("Välj det mål som indikatorn följer.");
        assertThatThrownBy(() -> indikatorer.spara(new IndikatorUtkast(null, id, " ", Slag.KVANTITATIV, "dagar",
                Riktning.LAGRE_AR_BATTRE), null)).isInstanceOfSatisfying(PlanFelException.class, f -> assertThat(f.falt()).isEqualTo("namn"));
        assertThatThrownBy(() -> indikatorer.spara(new IndikatorUtkast(null, id, "Väntetid", Slag.KVANTITATIV, "",
                Riktning.LAGRE_AR_BATTRE), null)).isInstanceOfSatisfying(PlanFelException.class, f -> assertThat(f.falt()).isEqualTo("enhet"));
        var hem = hemsjukvard();
        assertThatThrownBy(() -> indikatorer.sparaAr(hem.id(), new Arsvarde(2024, null, BigDecimal.ONE, null, null), null))
                .isInstanceOfSatisfying(PlanFelException.class, f -> assertThat(f.falt()).isEqualTo("ar"))
                .hasMessage("Året ska ligga inom planens period eller vara året före den: 2025–2027.");
        assertThatThrownBy(() -> indikatorer.sparaAr(hem.id(), new Arsvarde(2026, null, null, Svar.JA, null), null))
                .hasMessageContaining("har ett tal som utfall");
        assertThatThrownBy(() -> indikatorer.sparaAr(hem.id(), new Arsvarde(2026, null, new BigDecimal("1.23456"), null, null), null))
                .hasMessageContaining("fler än fyra decimaler");
        assertThat(indikatorer.indikatorer(plan.id()).getFirst().ar()).as("nothing was recorded").isEmpty();
    }

    @Test
    void a_mal_with_indicators_cannot_be_removed_and_the_administrator_is_told_why() {
        hemsjukvard();
        var utan = new PlanUtkast(plan.id(), plan.namn(), 2026, 2027, plan.antagen(), plan.antagenAv(), List.of(
                new MalomradeUtkast(plan.malomraden().get(0).id(), "God och nära vård", List.of()),
                new MalomradeUtkast(plan.malomraden().get(1).id(), "Ekonomi i balans", List.of("Budgeten hålls"))));
        assertThatThrownBy(() -> planer.spara(utan, UUID.randomUUID()))
                .hasMessage("Ett mål som du tog bort har indikatorer. Ta bort eller flytta indikatorerna först, eller behåll målet.");
    }

    @Test
    void only_administrators_write_indicators_and_everyone_signed_in_reads_them() {
        var hem = hemsjukvard();
        folk.loggaIn(TestFolk.AGARE);
        assertThat(indikatorer.indikatorer(plan.id())).hasSize(1);
        assertThatThrownBy(() -> indikatorer.sparaAr(hem.id(), new Arsvarde(2026, null, BigDecimal.TEN, null, null), null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> hemsjukvard()).isInstanceOf(AccessDeniedException.class);
    }
}
