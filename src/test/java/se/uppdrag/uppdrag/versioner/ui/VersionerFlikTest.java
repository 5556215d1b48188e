package se.uppdrag.uppdrag.versioner.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.uppdrag.Handlingar;
import se.uppdrag.TestFolk;
import se.uppdrag.uppdrag.RemissService;
import se.uppdrag.uppdrag.UppdragId;
import se.uppdrag.uppdrag.Uppdragshandling;
import se.uppdrag.uppdrag.ui.ProcessViewTestBase;
import se.uppdrag.uppdrag.versioner.VersionJamforelseService;

/** The Versioner tab: the kept versions, two chosen for comparison, and the changes labelled section by section. */
class VersionerFlikTest extends ProcessViewTestBase {

    @Autowired
    RemissService remiss;

    @Test
    void a_draft_edited_after_its_remiss_is_compared_with_the_version_sent_showing_what_changed_with_labels() {
        var id = sparaFullstandigt().id();
        remiss.skickaPaRemiss(uppgift(TestFolk.AGARE, id, "utkast").id(), List.of(folk.person(TestFolk.MEDLEM).id()),
                LocalDate.now(klocka).plusDays(7));
        remiss.svara(uppgift(TestFolk.MEDLEM, id, "remissvar").id(), se.uppdrag.uppdrag.Remissvar.Svar.ANDRINGAR_BEHOVS,
                "Arbetsmiljön saknas");
        folk.loggaIn(TestFolk.AGARE);
        uppdrag.spara(andrat(uppdrag.hamta(id)));

        var flik = oppna(TestFolk.AGARE, id);
        assertThat($(NativeTableRow.class).from(flik).all().stream().filter(r -> !r.getDataCells().isEmpty())
                .map(r -> r.getDataCells().stream().map(NativeTableCell::getText).toList()).toList())
                .singleElement().satisfies(rad -> assertThat(rad).first().isEqualTo("1"))
                .satisfies(rad -> assertThat(rad.get(2)).isEqualTo("på remiss"));
        var val = $(Select.class).from(flik).all();
        assertThat(val.get(0).getValue()).isEqualTo(1);
        assertThat(val.get(1).getValue()).isEqualTo(VersionJamforelseService.AKTUELL);

        assertThat($(H4.class).from(flik).all()).extracting(H4::getText).containsExactly("Uppdrag", "Uppdraget ska");
        var titel = andring(flik, "Uppdrag");
        assertThat(etikett(titel)).isEqualTo("Ändrat:");
        assertThat($(JamforelseVisning.Ins.class).from(titel).all()).extracting(JamforelseVisning.Ins::getText).containsExactly(" efter remissen");
        var ska = andring(flik, "Uppdraget ska");
        assertThat(etikett(ska)).isEqualTo("Tillagt:");
        assertThat($(JamforelseVisning.Ins.class).from(ska).single().getText()).isEqualTo("beakta arbetsmiljön");
        assertThat($(Paragraph.class).from(flik).withClassName("jamforelse-oforandrade").single().getText())
                .startsWith("Oförändrade avsnitt: Dokumenthuvud, Uppdragsgivare, Uppdragstagare, Ersätter, Uppdragsbeskrivning");
    }

    @Test
    void once_sent_for_decision_the_last_two_versions_are_compared_and_any_two_can_be_chosen() {
        var id = sparaFullstandigt().id();
        remiss.skickaPaRemiss(uppgift(TestFolk.AGARE, id, "utkast").id(), List.of(folk.person(TestFolk.MEDLEM).id()),
                LocalDate.now(klocka).plusDays(7));
        remiss.svara(uppgift(TestFolk.MEDLEM, id, "remissvar").id(), se.uppdrag.uppdrag.Remissvar.Svar.GODKANT, null);
        folk.loggaIn(TestFolk.AGARE);
        uppdrag.spara(andrat(uppdrag.hamta(id)));
        beslut.skickaForBeslut(uppgift(TestFolk.AGARE, id, "utkast").id());

        var flik = oppna(TestFolk.BESLUTSFATTARE, id);
        var val = $(Select.class).from(flik).all();
        assertThat(val).extracting(Select::getValue).containsExactly(1, 2);
        assertThat(etikett(andring(flik, "Uppdraget ska"))).isEqualTo("Tillagt:");

        val.get(0).setValue(2);
        val.get(1).setValue(1);
        var borttaget = andring(flik, "Uppdraget ska");
        assertThat(etikett(borttaget)).isEqualTo("Borttaget:");
        assertThat($(JamforelseVisning.Del.class).from(borttaget).single().getText()).isEqualTo("beakta arbetsmiljön");

        val.get(1).setValue(VersionJamforelseService.AKTUELL);
        assertThat($(H4.class).from(flik).exists()).isFalse();
        assertThat($(Paragraph.class).from(flik).all()).extracting(Paragraph::getText)
                .contains("Texterna är lika: inget avsnitt har ändrats.");
    }

    @Test
    void an_uppdrag_never_sent_has_no_versions_yet_and_says_when_one_is_kept() {
        var id = sparaFullstandigt().id();
        var flik = oppna(TestFolk.AGARE, id);
        assertThat($(Select.class).from(flik).exists()).isFalse();
        assertThat($(Paragraph.class).from(flik).single().getText()).startsWith("Inga versioner har sparats ännu.");
    }

    private VersionerFlik oppna(String roll, UppdragId id) {
        folk.loggaIn(roll);
        // the document view is package-private in uppdrag.ui; it is a VerticalLayout
        navigate("uppdrag/" + id.value(), com.vaadin.flow.component.orderedlayout.VerticalLayout.class);
        return visa($(TabSheet.class).single(), "Versioner", VersionerFlik.class);
    }

    /** The only change listed under the section heading. */
    private ListItem andring(VersionerFlik flik, String rubrik) {
        var avsnitt = $(H4.class).from(flik).all().stream().filter(h -> h.getText().equals(rubrik)).findFirst().orElseThrow()
                .getParent().orElseThrow();
        return $(ListItem.class).from(avsnitt).withClassName("andring").single();
    }

    private String etikett(ListItem andring) {
        return $(Span.class).from(andring).withClassName("etikett").single().getText().strip();
    }

    private static Uppdragshandling andrat(Uppdragshandling h) {
        var ska = new ArrayList<>(h.ska());
        ska.add("beakta arbetsmiljön");
        var titel = Handlingar.medTitel(h, h.titel() + " efter remissen");
        return new Uppdragshandling(titel.id(), titel.version(), titel.status(), titel.agare(), titel.huvud(), titel.diarienummer(),
                titel.titel(), titel.uppdragsgivare(), titel.uppdragstagare(), titel.ersatter(), titel.beskrivning(), titel.innefattar(),
                ska, titel.arbetsorganisation(), titel.samband(), titel.kommunikation(), titel.tidplan(), titel.finansiering(),
                titel.beslutsform(), titel.distribution());
    }
}
