package se.uppdrag.uppdrag.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.uppdrag.TestFolk;
import se.uppdrag.uppdrag.GenomforandeService;
import se.uppdrag.uppdrag.Statusrapport;
import se.uppdrag.uppdrag.UppdragId;

/**
 * The uppdrag's page offers its uppdragstagare and owner to file a status report while it is pågående, and its follow-up
 * lists the reports the latest first with what changed since the one before.
 */
class StatusrapportIDokumentetTest extends ProcessViewTestBase {

    @Autowired
    GenomforandeService genomforande;

    private void oppna(UppdragId id) {
        navigate("uppdrag/" + id.value(), UppdragDokumentView.class);
    }

    @Test
    void the_uppdragstagare_and_the_owner_are_offered_the_button_and_no_one_else() {
        var id = faststallt();
        for (var roll : new String[] {TestFolk.TAGARE, TestFolk.AGARE}) {
            folk.loggaIn(roll);
            oppna(id);
            assertThat($(Button.class).withText("Lämna statusrapport").exists()).as(roll).isTrue();
        }
        for (var roll : new String[] {TestFolk.GIVARE, TestFolk.MEDLEM, TestFolk.REGISTRATOR}) {
            folk.loggaIn(roll);
            oppna(id);
            assertThat($(Button.class).withText("Lämna statusrapport").exists()).as(roll).isFalse();
        }
    }

    @Test
    void a_draft_offers_no_status_report() {
        var id = sparaFullstandigt().id();
        oppna(id);
        assertThat($(Button.class).withText("Lämna statusrapport").exists()).isFalse();
    }

    @Test
    void a_report_filed_from_the_page_is_in_the_history_with_badges_for_what_changed() {
        var id = faststallt();
        folk.loggaIn(TestFolk.TAGARE);
        oppna(id);
        lamna(Statusrapport.Ljus.GRON, Statusrapport.Trend.OFORANDRAD, "Enligt plan");
        lamna(Statusrapport.Ljus.GUL, Statusrapport.Trend.NEGATIV, "Leverantören är sen");
        lamna(Statusrapport.Ljus.GUL, Statusrapport.Trend.NEGATIV, "Fortfarande sen");

        var uppfoljning = visa($(TabSheet.class).single(), "Uppföljning", Uppfoljning.class);
        var rader = $(ListItem.class).from(uppfoljning).all().stream()
                .filter(rad -> rad.getParent().filter(p -> p.hasClassName("statusrapporter")).isPresent()).toList();
        assertThat(rader).hasSize(3);
        assertThat(rader.getFirst().getElement().getTextRecursively()).contains("Fortfarande sen");
        assertThat(brickor(rader.get(0))).as("nothing changed since the one before").isEmpty();
        assertThat(brickor(rader.get(1))).containsExactly("Grön → Gul", "Oförändrad → Negativ");
        assertThat(brickor(rader.get(2))).as("the first report has none before it").isEmpty();
    }

    @Test
    void a_report_without_a_comment_is_refused_at_the_comment_and_nothing_is_filed() {
        var id = faststallt();
        folk.loggaIn(TestFolk.AGARE);
        oppna(id);
        test($(Button.class).withText("Lämna statusrapport").single()).click();
        var dialog = oppenDialog();
        test($(Button.class).from(dialog).withText("Lämna statusrapport").single()).click();
        var kommentar = $(TextArea.class).from(dialog).single();
        assertThat(kommentar.isInvalid()).isTrue();
        assertThat(kommentar.getErrorMessage()).isEqualTo("Kommentera hur arbetet går");
        assertThat(genomforande.statusrapporter(id)).isEmpty();
    }

    @Test
    void the_money_is_optional_a_wrong_amount_is_said_at_its_field_and_a_right_one_is_in_the_history() {
        var id = faststallt();
        folk.loggaIn(TestFolk.TAGARE);
        oppna(id);
        test($(Button.class).withText("Lämna statusrapport").single()).click();
        var dialog = oppenDialog();
        test($(TextArea.class).from(dialog).single()).setValue("Enligt plan");
        var prognos = $(com.vaadin.flow.component.textfield.TextField.class).from(dialog).withLabel("Prognos för hela uppdraget").single();
        var utfall = $(com.vaadin.flow.component.textfield.TextField.class).from(dialog).withLabel("Utfall hittills").single();
        test(prognos).setValue("1 250 000");
        test(utfall).setValue("-5");
        test($(Button.class).from(dialog).withText("Lämna statusrapport").single()).click();
        assertThat(utfall.isInvalid()).isTrue();
        assertThat(utfall.getErrorMessage()).startsWith("Skriv ett belopp i kronor");
        assertThat(genomforande.statusrapporter(id)).as("nothing is filed").isEmpty();

        test(utfall).setValue("400 000,50");
        test($(com.vaadin.flow.component.textfield.TextField.class).from(dialog).withLabel("Realiserad effekt hittills").single())
                .setValue("0,5 årsarbetare");
        test($(Button.class).from(dialog).withText("Lämna statusrapport").single()).click();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(genomforande.statusrapporter(id)).singleElement().satisfies(r -> {
            assertThat(r.resultat().prognosKr()).isEqualByComparingTo("1250000");
            assertThat(r.resultat().utfallKr()).isEqualByComparingTo("400000.5");
            assertThat(r.resultat().realiseradEffekt()).isEqualTo("0,5 årsarbetare");
        });
        var uppfoljning = visa($(TabSheet.class).single(), "Uppföljning", Uppfoljning.class);
        assertThat(uppfoljning.getElement().getTextRecursively().replaceAll("[\\u00a0\\u202f]", " "))
                .contains("Enligt plan Prognos 1 250 000 kr, utfall hittills 400 000,50 kr, realiserad effekt 0,5 årsarbetare.");
    }

    @SuppressWarnings("unchecked")
    private void lamna(Statusrapport.Ljus ljus, Statusrapport.Trend trend, String kommentar) {
        test($(Button.class).withText("Lämna statusrapport").single()).click();
        var dialog = oppenDialog();
        var val = $(RadioButtonGroup.class).from(dialog).all();
        ((RadioButtonGroup<Statusrapport.Ljus>) val.get(0)).setValue(ljus);
        ((RadioButtonGroup<Statusrapport.Trend>) val.get(1)).setValue(trend);
        test($(TextArea.class).from(dialog).single()).setValue(kommentar);
        test($(Button.class).from(dialog).withText("Lämna statusrapport").single()).click();
        assertThat(dialog.isOpened()).isFalse();
    }

    private Dialog oppenDialog() {
        return $(Dialog.class).all().stream().filter(Dialog::isOpened).findFirst().orElseThrow();
    }

    private java.util.List<String> brickor(ListItem rad) {
        return $(Span.class).from(rad).withClassName("statusandring").all().stream().map(Span::getText).toList();
    }
}
