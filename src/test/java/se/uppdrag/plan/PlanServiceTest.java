package se.uppdrag.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import se.uppdrag.Handlingar;
import se.uppdrag.IntegrationTest;
import se.uppdrag.TestFolk;
import se.uppdrag.plan.PlanUtkast.MalomradeUtkast;
import se.uppdrag.uppdrag.OgiltigtUppdragException;
import se.uppdrag.uppdrag.Planplacering;
import se.uppdrag.uppdrag.UppdragService;

/** Administrators keep the plans; an uppdrag names its plan and målområde, and only a målområde of that plan. */
@IntegrationTest
class PlanServiceTest {

    @Autowired
    ApplicationContext beans;
    @Autowired
    PlanService planer;
    @Autowired
    UppdragService uppdrag;

    TestFolk folk;
    String namn;

    @BeforeEach
    void folk() {
        folk = TestFolk.nytt(beans);
        namn = "Regionstyrelsens verksamhetsplan " + folk.anvandarnamn(TestFolk.ADMINISTRATOR);
    }

    @AfterEach
    void ut() {
        TestFolk.loggaUt();
    }

    private static String pdfText(byte[] pdf) {
        try (var dokument = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(dokument).replaceAll("\\s+", " ");
        } catch (java.io.IOException fel) {
            throw new java.io.UncheckedIOException(fel);
        }
    }

    private PlanUtkast utkast(String namn, int fran, int till) {
        return new PlanUtkast(null, namn, fran, till, LocalDate.of(2025, 11, 20), "Regionstyrelsen", List.of(
                new MalomradeUtkast(null, "God och nära vård", List.of("Kortare väntetider", "Fler besök i hemmet")),
                new MalomradeUtkast(null, "Ekonomi i balans", List.of())));
    }

    private Plan sparad() {
        folk.loggaIn(TestFolk.ADMINISTRATOR);
        return planer.spara(utkast(namn, 2026, 2027), null);
    }

    @Test
    void an_administrator_records_a_plan_with_its_malomraden_and_mal_in_order() {
        var plan = sparad();

        assertThat(planer.planer()).contains(plan);
        assertThat(plan.period()).isEqualTo("2026–2027");
        assertThat(plan.malomraden()).extracting(Malomrade::namn).containsExactly("God och nära vård", "Ekonomi i balans");
        assertThat(plan.malomraden().getFirst().mal()).containsExactly("Kortare väntetider", "Fler besök i hemmet");
    }

    @Test
    void anyone_logged_in_reads_the_plans_but_only_an_administrator_writes_them() {
        var plan = sparad();
        folk.loggaIn(TestFolk.AGARE);

        assertThat(planer.planer()).contains(plan);
        assertThatThrownBy(() -> planer.spara(utkast(namn + " 2", 2026, 2026), null)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_plan_is_refused_at_its_field_with_a_swedish_message() {
        folk.loggaIn(TestFolk.ADMINISTRATOR);
        sparad();

        assertThatThrownBy(() -> planer.spara(utkast(" ", 2026, 2026), null)).isInstanceOfSatisfying(PlanFelException.class,
                fel -> assertThat(fel.falt() + ": " + fel.getMessage()).isEqualTo("namn: Skriv planens namn."));
        assertThatThrownBy(() -> planer.spara(utkast(namn.toUpperCase(), 2026, 2026), null)).isInstanceOfSatisfying(
                PlanFelException.class, fel -> assertThat(fel.getMessage()).isEqualTo("Det finns redan en plan som heter "
                        + namn.toUpperCase() + "."));
        assertThatThrownBy(() -> planer.spara(utkast(namn + " lång", 2026, 2029), null)).isInstanceOfSatisfying(
                PlanFelException.class, fel -> assertThat(fel.falt() + ": " + fel.getMessage())
                        .isEqualTo("period: En plan gäller högst 3 år."));
        assertThatThrownBy(() -> planer.spara(utkast(namn + " bakåt", 2027, 2026), null)).isInstanceOfSatisfying(
                PlanFelException.class, fel -> assertThat(fel.falt()).isEqualTo("period"));
        var dubbel = new PlanUtkast(null, namn + " dubbel", 2026, 2026, null, "Regionstyrelsen", List.of(
                new MalomradeUtkast(null, "Ekonomi", List.of()), new MalomradeUtkast(null, "ekonomi ", List.of())));
        assertThatThrownBy(() -> planer.spara(dubbel, null)).isInstanceOfSatisfying(PlanFelException.class,
                fel -> assertThat(fel.falt() + ": " + fel.getMessage()).isEqualTo("malomraden: Målområdet ekonomi finns två gånger i planen."));
        var utanAv = new PlanUtkast(null, namn + " utan", 2026, 2026, null, " ", List.of());
        assertThatThrownBy(() -> planer.spara(utanAv, null)).isInstanceOfSatisfying(PlanFelException.class,
                fel -> assertThat(fel.falt()).isEqualTo("antagenAv"));
    }

    @Test
    void a_changed_plan_keeps_the_malomraden_it_names_again_and_sent_twice_with_its_key_is_applied_once() {
        var plan = sparad();
        var vard = plan.malomraden().getFirst();
        var nyckel = UUID.randomUUID();
        var andrad = new PlanUtkast(plan.id(), plan.namn(), 2026, 2026, plan.antagen(), plan.antagenAv(), List.of(
                new MalomradeUtkast(null, "Kompetensförsörjning", List.of()),
                new MalomradeUtkast(vard.id(), "God vård nära dig", List.of("Kortare väntetider"))));

        var forsta = planer.spara(andrad, nyckel);
        var andra = planer.spara(andrad, nyckel);

        assertThat(andra).isEqualTo(forsta);
        assertThat(forsta.malomraden()).extracting(Malomrade::namn).containsExactly("Kompetensförsörjning", "God vård nära dig");
        assertThat(forsta.malomraden().get(1).id()).isEqualTo(vard.id());
        assertThat(forsta.malomraden().get(1).mal()).containsExactly("Kortare väntetider");
    }

    @Test
    void an_uppdrag_names_its_plan_malomrade_number_body_and_sub_items_and_reads_them_back_named() {
        var plan = sparad();
        var vard = plan.malomraden().getFirst();
        folk.loggaIn(TestFolk.AGARE);
        var placering = new Planplacering(plan.id(), vard.id(), "RS 1", "Regionstyrelsen", List.of("Kartlägg", "Föreslå"));

        var sparat = uppdrag.skapa(Handlingar.enkel(uppdrag.nyttUtkast(), "Vårdplatser i plan").iPlan(placering));
        var last = uppdrag.hamta(sparat.id()).huvud().plan();

        assertThat(last.plan()).isEqualTo(plan.id());
        assertThat(last.malomrade()).isEqualTo(vard.id());
        assertThat(last.planNamn()).isEqualTo(plan.namn() + " (2026–2027)");
        assertThat(last.malomradeNamn()).isEqualTo("God och nära vård");
        assertThat(last.bokstaverade()).containsExactly("a) Kartlägg", "b) Föreslå");
        assertThat(pdfText(uppdrag.pdf(sparat.id()))).contains("målområde God och nära vård, nr RS 1",
                "Givet av Regionstyrelsen", "a) Kartlägg", "b) Föreslå");
    }

    @Test
    void an_uppdrag_is_refused_a_malomrade_of_another_plan() {
        var plan = sparad();
        var annan = planer.spara(utkast(namn + " annan", 2026, 2026), null);
        folk.loggaIn(TestFolk.AGARE);
        var fel = new Planplacering(plan.id(), annan.malomraden().getFirst().id(), null, null, List.of());

        assertThatThrownBy(() -> uppdrag.skapa(Handlingar.enkel(uppdrag.nyttUtkast(), "Fel målområde").iPlan(fel)))
                .isInstanceOfSatisfying(OgiltigtUppdragException.class, e -> assertThat(e.fel()).containsEntry("plan",
                        "Målområdet hör inte till " + plan.namn() + ". Välj ett av planens målområden."));
    }

    @Test
    void a_malomrade_an_uppdrag_belongs_to_cannot_be_removed_and_the_administrator_is_told_why() {
        var plan = sparad();
        var vard = plan.malomraden().getFirst();
        folk.loggaIn(TestFolk.AGARE);
        uppdrag.skapa(Handlingar.enkel(uppdrag.nyttUtkast(), "Knutet").iPlan(new Planplacering(plan.id(), vard.id(), null,
                null, List.of())));
        folk.loggaIn(TestFolk.ADMINISTRATOR);
        var utanVard = new PlanUtkast(plan.id(), plan.namn(), 2026, 2027, plan.antagen(), plan.antagenAv(), List.of(
                new MalomradeUtkast(plan.malomraden().get(1).id(), "Ekonomi i balans", List.of())));

        assertThatThrownBy(() -> planer.spara(utanVard, null)).isInstanceOfSatisfying(PlanFelException.class,
                fel -> assertThat(fel.falt()).isEqualTo("malomraden"));
        assertThat(planer.plan(plan.id()).orElseThrow().malomraden()).hasSize(2);
    }
}
