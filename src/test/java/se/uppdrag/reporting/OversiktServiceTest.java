package se.uppdrag.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.uppdrag.TestFolk;
import se.uppdrag.uppdrag.ProcessTestBase;
import se.uppdrag.uppdrag.Statusrapport;
import se.uppdrag.uppdrag.UppdragStatus;

/** The Översikt follows an uppdrag through its status report, its soon-due and its late återredovisning. */
class OversiktServiceTest extends ProcessTestBase {

    @Autowired
    OversiktService oversikter;

    @Test
    void the_uppdragsgivare_sees_the_latest_traffic_light_then_the_due_date_coming_and_passing() {
        var id = faststalltUppdrag(); // reports quarterly: the next report is asked for on 15 December
        tidTill(LocalDate.of(2026, 12, 15));
        genomforande.lamnaStatusrapport(uppgift(TestFolk.TAGARE, id, "statusrapport").id(), Statusrapport.Ljus.ROD,
                Statusrapport.Trend.NEGATIV, "Upphandlingen är överprövad");
        var slutleverans = somRegistrator(id).tidplan().slutleverans();

        folk.loggaIn(TestFolk.GIVARE);
        var oversikt = oversikter.oversikt();
        assertThat(oversikt.perStatus()).isEqualTo(Map.of(UppdragStatus.PAGAENDE, 1));
        assertThat(oversikt.ljus()).singleElement().satisfies(post -> {
            assertThat(post.id()).isEqualTo(id);
            assertThat(post.senaste().ljus()).isEqualTo(Statusrapport.Ljus.ROD);
            assertThat(post.senaste().kommentar()).isEqualTo("Upphandlingen är överprövad");
        });
        assertThat(oversikt.snart()).isEmpty();

        klocka.till(slutleverans.minusDays(7));
        folk.loggaIn(TestFolk.GIVARE);
        assertThat(oversikter.oversikt().snart()).singleElement()
                .satisfies(post -> assertThat(post.dagar()).isEqualTo(Arbetsdagar.mellan(slutleverans.minusDays(7), slutleverans)));

        klocka.till(slutleverans.plusDays(3));
        folk.loggaIn(TestFolk.BESLUTSFATTARE);
        var sen = oversikter.oversikt();
        assertThat(sen.snart()).isEmpty();
        assertThat(sen.forsenade()).singleElement().satisfies(post -> assertThat(post.dagar()).isEqualTo(3));

        folk.loggaIn(TestFolk.UTOMSTAENDE);
        assertThat(oversikter.oversikt().perStatus()).isEmpty();
    }
}
