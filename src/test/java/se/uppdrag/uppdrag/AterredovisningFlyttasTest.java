package se.uppdrag.uppdrag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import se.uppdrag.TestFolk;
import se.uppdrag.text.OgiltigtVardeException;
import se.uppdrag.text.OtillatetLageException;

/** The uppdragsgivare moves the date an uppdrag reports back by, for a reason; the final report's task follows. */
class AterredovisningFlyttasTest extends ProcessTestBase {

    @Autowired
    UppfoljningsunderlagService underlag;

    @Test
    void the_new_date_becomes_the_final_reports_due_date_and_the_step_keeps_old_date_new_date_and_reason() {
        var id = faststalltUppdrag();
        var fore = uppgift(TestFolk.TAGARE, id, "slutrapport").forfaller();
        var nytt = LocalDate.now(klocka).plusMonths(8);
        folk.loggaIn(TestFolk.GIVARE);
        atgarder.flyttaAterredovisning(id, nytt, "Väntar på regionfullmäktiges budget", null);

        assertThat(uppgift(TestFolk.TAGARE, id, "slutrapport").forfaller()).isEqualTo(nytt).isNotEqualTo(fore);
        folk.loggaIn(TestFolk.REGISTRATOR);
        var steg = historik.handelser(id).getLast();
        assertThat(steg.typ()).isEqualTo(HandelseTyp.ATERREDOVISNING_FLYTTAD);
        assertThat(steg.kommentar()).isEqualTo(fore + " → " + nytt + ": Väntar på regionfullmäktiges budget");
        var rad = underlag.underlag(LocalDate.now(klocka).minusDays(1), LocalDate.now(klocka), null).stream()
                .filter(u -> u.id().equals(id)).findFirst().orElseThrow();
        assertThat(rad.aterredovisasSenast(LocalDate.now(klocka), klocka.getZone())).isEqualTo(nytt);
    }

    @Test
    void a_paused_uppdrag_can_be_given_a_new_date_and_its_task_is_due_then_when_resumed() {
        var id = faststalltUppdrag();
        folk.loggaIn(TestFolk.GIVARE);
        atgarder.pausa(id, "Avvaktar budget");
        var nytt = LocalDate.now(klocka).plusYears(1);
        atgarder.flyttaAterredovisning(id, nytt, "Budgeten beslutas i juni", null);
        atgarder.ateruppta(id);
        assertThat(uppgift(TestFolk.TAGARE, id, "slutrapport").forfaller()).isEqualTo(nytt);
    }

    @Test
    void a_reason_a_date_from_today_on_and_a_different_date_are_required_with_a_message_at_the_field() {
        var id = faststalltUppdrag();
        folk.loggaIn(TestFolk.GIVARE);
        var idag = LocalDate.now(klocka);
        assertThatThrownBy(() -> atgarder.flyttaAterredovisning(id, idag.plusMonths(1), "  ", null))
                .isInstanceOf(OgiltigtVardeException.class).hasMessage("Ange varför datumet flyttas.");
        assertThatThrownBy(() -> atgarder.flyttaAterredovisning(id, null, "Skäl", null))
                .isInstanceOf(OgiltigtVardeException.class).hasMessageContaining("Ange det nya datumet");
        assertThatThrownBy(() -> atgarder.flyttaAterredovisning(id, idag.minusDays(1), "Skäl", null))
                .isInstanceOf(OtillatetLageException.class).hasMessageContaining("har redan passerat");
        var nu = uppgift(TestFolk.TAGARE, id, "slutrapport").forfaller();
        folk.loggaIn(TestFolk.GIVARE);
        assertThatThrownBy(() -> atgarder.flyttaAterredovisning(id, nu, "Skäl", null))
                .isInstanceOf(OtillatetLageException.class).hasMessageContaining("redan återredovisas det datumet");
        assertThat(tidslinje(id)).doesNotContain(HandelseTyp.ATERREDOVISNING_FLYTTAD);
    }

    @Test
    void only_an_uppdragsgivare_or_an_administrator_may_move_it_and_only_while_it_is_carried_out_or_paused() {
        var id = faststalltUppdrag();
        var nytt = LocalDate.now(klocka).plusMonths(6);
        for (var roll : new String[] {TestFolk.AGARE, TestFolk.TAGARE, TestFolk.MEDLEM}) {
            folk.loggaIn(roll);
            assertThatThrownBy(() -> atgarder.flyttaAterredovisning(id, nytt, "Nej", null)).as(roll)
                    .isInstanceOf(AccessDeniedException.class);
        }
        var utkast = nyttUtkast();
        folk.loggaIn(TestFolk.GIVARE);
        assertThatThrownBy(() -> atgarder.flyttaAterredovisning(utkast, nytt, "Skäl", null))
                .isInstanceOf(IllegalStateException.class);
    }
}
