package se.uppdrag.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import se.uppdrag.reporting.Uppfoljningsrapport.Antal;
import se.uppdrag.reporting.Uppfoljningsrapport.Lage;
import se.uppdrag.uppdrag.HandelseTyp;
import se.uppdrag.uppdrag.Statusrapport;
import se.uppdrag.uppdrag.UppdragId;
import se.uppdrag.uppdrag.UppdragStatus;
import se.uppdrag.uppdrag.Uppfoljningsunderlag;
import se.uppdrag.uppdrag.Uppfoljningsunderlag.Statusandring;

/** The report's figures on a data set with every status, for the first half of 2026 seen in November. */
class UppfoljningsberakningTest {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    private static final Rapportperiod FORSTA_HALVARET = Rapportperiod.halvaret(LocalDate.of(2026, 3, 1));
    private static final LocalDate IDAG = LocalDate.of(2026, 11, 23);

    private final List<Uppfoljningsunderlag> data = new ArrayList<>();

    private Uppfoljningsrapport rapport() {
        return Uppfoljningsberakning.berakna(FORSTA_HALVARET, "Koncernkontoret", IDAG, STOCKHOLM, data);
    }

    @Test
    void counts_and_late_list_cover_every_status() {
        seed();
        var rapport = rapport();

        assertThat(rapport.per()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(rapport.antal()).isEqualTo(new Antal(3, 9, 1, 2, 1, 3));
        assertThat(rapport.rader()).extracting(Uppfoljningsrapport.Rad::titel).containsExactlyInAnyOrder(
                "Ny", "Gammal", "Försenad", "90 dagar på gränsen", "90 dagar en dag över", "Pausad", "Återupptagen",
                "Avslutad", "Struken sista kvällen", "Struken efter perioden", "Slutrapport inlämnad", "Ersatt",
                "Inläst pausad", "Komplettering");
        assertThat(rapport.forsenade()).extracting(f -> f.titel() + " " + f.dagar())
                .containsExactly("Komplettering 107", "Försenad 91", "90 dagar en dag över 1");
        assertThat(rapport.tillkommande()).extracting(Uppfoljningsrapport.Tillkommande::titel)
                .containsExactly("Ny", "90 dagar en dag över", "90 dagar på gränsen");
    }

    @Test
    void without_a_slutleverans_the_uppdrag_is_due_90_days_after_the_decision_and_late_the_day_after() {
        data.add(u("Beslutad 1 april", LocalDate.of(2026, 4, 1), null, UppdragStatus.PAGAENDE));
        var dagen = Uppfoljningsberakning.berakna(FORSTA_HALVARET, null, LocalDate.of(2026, 6, 30), STOCKHOLM, data);
        var dagenEfter = Uppfoljningsberakning.berakna(new Rapportperiod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 7, 1)),
                null, IDAG, STOCKHOLM, data);

        assertThat(dagen.forsenade()).isEmpty();
        assertThat(dagenEfter.forsenade()).singleElement().satisfies(f -> {
            assertThat(f.aterredovisasSenast()).isEqualTo(LocalDate.of(2026, 6, 30));
            assertThat(f.utanSlutleverans()).isTrue();
            assertThat(f.dagar()).isEqualTo(1);
        });
    }

    @Test
    void a_running_period_is_reported_as_of_today() {
        data.add(u("Pausad i höst", LocalDate.of(2026, 1, 10), LocalDate.of(2027, 1, 1), UppdragStatus.PAUSAT,
                steg(HandelseTyp.PAUSAT, 2026, 10, 1, "Väntar på budget")));
        var rapport = Uppfoljningsberakning.berakna(Rapportperiod.halvaret(IDAG), null, IDAG, STOCKHOLM, data);

        assertThat(rapport.per()).isEqualTo(IDAG);
        assertThat(rapport.antal()).isEqualTo(new Antal(0, 0, 0, 1, 0, 0));
        assertThat(rapport.rader().getFirst().kommentar()).isEqualTo("Väntar på budget");
        assertThat(rapport.rader().getFirst().lagesdatum()).isEqualTo(LocalDate.of(2026, 10, 1));
    }

    @Test
    void the_status_column_takes_the_latest_status_report_filed_by_the_end_of_the_period() {
        data.add(u("Med rapporter", LocalDate.of(2025, 12, 1), LocalDate.of(2026, 12, 1), UppdragStatus.PAGAENDE,
                List.of(), List.of(rapport(2026, 2, 1, Statusrapport.Ljus.GRON, Statusrapport.Trend.POSITIV, "Bra start"),
                        rapport(2026, 6, 15, Statusrapport.Ljus.GUL, Statusrapport.Trend.NEGATIV, "Resursbrist"),
                        rapport(2026, 7, 2, Statusrapport.Ljus.ROD, Statusrapport.Trend.NEGATIV, "För sent"))));
        var rad = rapport().rader().getFirst();

        assertThat(rad.ljus()).isEqualTo(Statusrapport.Ljus.GUL);
        assertThat(rad.trend()).isEqualTo(Statusrapport.Trend.NEGATIV);
        assertThat(rad.kommentar()).isEqualTo("Resursbrist");
        assertThat(Rapporttexter.pa(Rapporttexter.SVENSKA).status(rad))
                .isEqualTo("Gul – risk eller avvikelse, trend negativ (2026-06-15)");
    }

    @Test
    void a_pause_and_resume_returns_to_the_state_before_the_pause() {
        assertThat(Uppfoljningsberakning.lageEfter(List.of(steg(HandelseTyp.SLUTRAPPORT_INLAMNAD, 2026, 1, 1, null),
                steg(HandelseTyp.PAUSAT, 2026, 2, 1, null), steg(HandelseTyp.ATERUPPTAGET, 2026, 3, 1, null))))
                .isEqualTo(Lage.SLUTRAPPORT_INLAMNAD);
    }

    private void seed() {
        var d2025 = LocalDate.of(2025, 6, 1);
        data.add(u("Ny", LocalDate.of(2026, 2, 1), LocalDate.of(2026, 12, 1), UppdragStatus.PAGAENDE, List.of(),
                List.of(rapport(2026, 5, 1, Statusrapport.Ljus.GUL, Statusrapport.Trend.NEGATIV, "Risk"))));
        data.add(u("Gammal", d2025, LocalDate.of(2026, 9, 1), UppdragStatus.PAGAENDE));
        data.add(u("Försenad", LocalDate.of(2025, 9, 1), LocalDate.of(2026, 3, 31), UppdragStatus.PAGAENDE));
        data.add(u("90 dagar på gränsen", LocalDate.of(2026, 4, 1), null, UppdragStatus.PAGAENDE));
        data.add(u("90 dagar en dag över", LocalDate.of(2026, 3, 31), null, UppdragStatus.PAGAENDE));
        data.add(u("Pausad", LocalDate.of(2025, 10, 1), LocalDate.of(2026, 2, 1), UppdragStatus.PAUSAT,
                steg(HandelseTyp.PAUSAT, 2026, 3, 1, "Pandemin")));
        data.add(u("Återupptagen", d2025, LocalDate.of(2026, 12, 31), UppdragStatus.PAGAENDE,
                steg(HandelseTyp.PAUSAT, 2026, 2, 1, "Paus"), steg(HandelseTyp.ATERUPPTAGET, 2026, 3, 1, null)));
        data.add(u("Avslutad", LocalDate.of(2025, 5, 1), LocalDate.of(2026, 4, 1), UppdragStatus.AVSLUTAT,
                steg(HandelseTyp.SLUTRAPPORT_INLAMNAD, 2026, 4, 1, null), steg(HandelseTyp.SLUTRAPPORT_GODKAND, 2026, 5, 1, null)));
        data.add(u("Avslutad före perioden", LocalDate.of(2025, 5, 1), LocalDate.of(2025, 12, 1), UppdragStatus.AVSLUTAT,
                steg(HandelseTyp.SLUTRAPPORT_GODKAND, 2025, 12, 15, null)));
        data.add(u("Struken sista kvällen", d2025, LocalDate.of(2026, 12, 1), UppdragStatus.STRUKET,
                new Statusandring(LocalDateTime.of(2026, 6, 30, 23, 0).atZone(STOCKHOLM).toInstant(), HandelseTyp.STRUKET,
                        "Ersätts av regionens nya plan")));
        data.add(u("Struken efter perioden", d2025, LocalDate.of(2026, 12, 31), UppdragStatus.STRUKET,
                steg(HandelseTyp.STRUKET, 2026, 8, 1, "Ny inriktning")));
        data.add(u("Slutrapport inlämnad", d2025, LocalDate.of(2026, 5, 31), UppdragStatus.SLUTRAPPORT_INLAMNAD,
                steg(HandelseTyp.SLUTRAPPORT_INLAMNAD, 2026, 6, 1, null)));
        data.add(u("Beslutad efter perioden", LocalDate.of(2026, 7, 15), null, UppdragStatus.PAGAENDE));
        data.add(u("Ersatt", d2025, LocalDate.of(2026, 12, 31), UppdragStatus.ERSATT, steg(HandelseTyp.ERSATT, 2026, 3, 1, null)));
        data.add(u("Inläst pausad", d2025, LocalDate.of(2026, 1, 1), UppdragStatus.PAUSAT));
        data.add(u("Inläst avslutad", d2025, LocalDate.of(2026, 1, 1), UppdragStatus.AVSLUTAT));
        data.add(u("Komplettering", d2025, LocalDate.of(2026, 3, 15), UppdragStatus.PAGAENDE,
                steg(HandelseTyp.SLUTRAPPORT_INLAMNAD, 2026, 3, 1, null), steg(HandelseTyp.KOMPLETTERING_BEGARD, 2026, 4, 1, "Saknar kalkyl")));
    }

    private Uppfoljningsunderlag u(String titel, LocalDate beslut, @Nullable LocalDate slutleverans, UppdragStatus status,
            Statusandring... steg) {
        return u(titel, beslut, slutleverans, status, List.of(steg), List.of());
    }

    private Uppfoljningsunderlag u(String titel, LocalDate beslut, @Nullable LocalDate slutleverans, UppdragStatus status,
            List<Statusandring> steg, List<Statusrapport> rapporter) {
        return new Uppfoljningsunderlag(new UppdragId(data.size() + 1L), null, titel, "Koncernkontoret", status, beslut,
                slutleverans, "Maria Berg", List.of("Karin Ek"), null, steg, rapporter);
    }

    private static Statusandring steg(HandelseTyp typ, int ar, int manad, int dag, @Nullable String kommentar) {
        return new Statusandring(LocalDate.of(ar, manad, dag).atTime(10, 0).atZone(STOCKHOLM).toInstant(), typ, kommentar);
    }

    private static Statusrapport rapport(int ar, int manad, int dag, Statusrapport.Ljus ljus, Statusrapport.Trend trend,
            String kommentar) {
        return new Statusrapport("Maria Berg", LocalDate.of(ar, manad, dag).atTime(9, 0).atZone(STOCKHOLM).toInstant(), ljus,
                trend, kommentar);
    }
}
