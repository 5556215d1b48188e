package se.uppdrag.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import se.uppdrag.IntegrationTest;
import se.uppdrag.StyrdaBakgrundsarbeten;

/** Long work of a place in a view: a progress bar while it runs, only the latest result, a calm message on failure. */
@IntegrationTest
@ViewPackages(packages = "se.uppdrag")
class BakgrundsarbeteTest extends SpringBrowserlessTest {

    @Autowired
    StyrdaBakgrundsarbeten bakgrund;

    private final Div plats = new Div();
    private final List<String> visat = new ArrayList<>();

    @BeforeEach
    void enPlatsISvenskaFonstret() {
        UI.getCurrent().setLocale(Sprak.SVENSKA);
        UI.getCurrent().add(plats);
    }

    @AfterEach
    void inget_arbete_kvar() {
        bakgrund.slappAllt();
        SecurityContextHolder.clearContext();
    }

    private Bakgrundsarbete<String> arbete() {
        var arbete = bakgrund.<String>arbete(plats, "rapport.beraknas", "rapport.fel.berakna", visat::add);
        plats.add(arbete);
        return arbete;
    }

    private static int pollintervall() {
        return UI.getCurrent().getPollInterval();
    }

    @Test
    void while_the_work_runs_the_place_shows_a_progress_bar_and_the_window_polls_then_the_result_and_the_polling_stops() {
        var arbete = arbete();
        bakgrund.hall();
        arbete.starta(() -> "rapporten");

        assertThat(arbete.pagar()).isTrue();
        assertThat(arbete.isVisible()).isTrue();
        var stapel = $(ProgressBar.class, arbete).single();
        assertThat(stapel.isIndeterminate()).isTrue();
        assertThat(stapel.isVisible()).isTrue();
        assertThat($(Span.class, arbete).all().stream().filter(Span::isVisible).map(Span::getText)).containsExactly("Rapporten tas fram…");
        assertThat(pollintervall()).isEqualTo(500);
        assertThat(visat).isEmpty();

        bakgrund.slappAllt();
        assertThat(visat).containsExactly("rapporten");
        assertThat(arbete.pagar()).isFalse();
        assertThat(arbete.isVisible()).isFalse();
        assertThat(pollintervall()).as("no polling when nothing runs").isEqualTo(-1);
    }

    @Test
    void an_older_result_that_arrives_after_a_newer_one_is_dropped() {
        var arbete = arbete();
        bakgrund.hall();
        arbete.starta(() -> "första halvåret");
        arbete.starta(() -> "andra halvåret");

        bakgrund.slapp(1);
        assertThat(visat).containsExactly("andra halvåret");
        assertThat(pollintervall()).isEqualTo(-1);
        bakgrund.slapp(0);
        assertThat(visat).as("the overtaken result is not shown").containsExactly("andra halvåret");
        assertThat(arbete.pagar()).isFalse();
    }

    @Test
    void the_window_polls_until_the_work_of_every_place_is_done() {
        var forsta = arbete();
        var andra = arbete();
        bakgrund.hall();
        forsta.starta(() -> "rapporten");
        andra.starta(() -> "pdf:en");

        bakgrund.slapp(0);
        assertThat(visat).containsExactly("rapporten");
        assertThat(pollintervall()).as("the second still runs").isEqualTo(500);
        bakgrund.slapp(1);
        assertThat(visat).containsExactly("rapporten", "pdf:en");
        assertThat(pollintervall()).isEqualTo(-1);
    }

    @Test
    void a_result_that_arrives_after_the_view_was_left_is_dropped() {
        var arbete = arbete();
        bakgrund.hall();
        arbete.starta(() -> "rapporten");

        plats.removeFromParent();
        assertThat(pollintervall()).as("nothing left to wait for").isEqualTo(-1);
        bakgrund.slappAllt();
        assertThat(visat).isEmpty();
    }

    @Test
    void a_failure_shows_a_swedish_message_at_the_place_never_the_exception() {
        var arbete = arbete();
        arbete.starta(() -> {
            throw new IllegalStateException("Connection refused: jdbc:mariadb://db/uppdrag");
        });
        bakgrund.klart();

        assertThat(arbete.felmeddelande()).contains(
                "Rapporten kunde inte tas fram. Försök igen om en stund, och kontakta support om felet kvarstår.");
        assertThat(arbete.isVisible()).isTrue();
        assertThat(arbete.pagar()).isFalse();
        assertThat(arbete.getElement().getOuterHTML()).doesNotContain("IllegalStateException", "jdbc");
        assertThat(visat).isEmpty();
        assertThat(pollintervall()).isEqualTo(-1);
    }

    @Test
    void a_kind_of_failure_the_view_takes_care_of_goes_to_the_view_instead() {
        var arbete = arbete().omFel(IllegalArgumentException.class, fel -> visat.add("vid datumet: " + fel.getMessage()));
        arbete.starta(() -> {
            throw new IllegalArgumentException("rapport.fel.period-lang");
        });
        bakgrund.klart();

        assertThat(visat).containsExactly("vid datumet: rapport.fel.period-lang");
        assertThat(arbete.felmeddelande()).isEmpty();
        assertThat(arbete.isVisible()).isFalse();
    }

    @Test
    void the_work_runs_as_the_user_who_asked_for_it() {
        var kontext = SecurityContextHolder.createEmptyContext();
        kontext.setAuthentication(new UsernamePasswordAuthenticationToken("registratorn", null, List.of()));
        SecurityContextHolder.setContext(kontext);
        var arbete = arbete();
        arbete.starta(() -> SecurityContextHolder.getContext().getAuthentication().getName());
        bakgrund.klart();

        assertThat(visat).containsExactly("registratorn");
    }
}
