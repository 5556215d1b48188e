package se.uppdrag.uppdrag.tidplan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.uppdrag.Handlingar;
import se.uppdrag.TestFolk;
import se.uppdrag.uppdrag.Huvud;
import se.uppdrag.uppdrag.UppdragId;
import se.uppdrag.uppdrag.UppdragRef;
import se.uppdrag.uppdrag.Uppdragshandling;
import se.uppdrag.uppdrag.ui.ProcessViewTestBase;

/** The unit timeline (route "tidplan"): a unit's decided open uppdrag that the user may read, today, the late ones. */
class EnhetTidplanViewTest extends ProcessViewTestBase {

    @Test
    void the_own_unit_is_shown_first_with_each_uppdrag_linked_and_the_late_ones_pointed_out() {
        klocka.till(LocalDate.of(2026, 5, 4));
        var id = faststallt(); // in Koncernkontoret, the unit of the test people too; slutleverans 2027-02-04
        klocka.till(LocalDate.of(2027, 2, 5));
        folk.loggaIn(TestFolk.MEDLEM);
        var vy = navigate("tidplan", EnhetTidplanView.class);

        assertThat($(ComboBox.class).from(vy).single().getValue()).isEqualTo("Koncernkontoret");
        var rad = rad(vy, id);
        assertThat(rad.getClassNames()).contains("forsenad");
        assertThat(rad.getDataCells().get(5).getText()).isEqualTo("⚠ Försenat");
        assertThat($(ListItem.class).from(rad).all()).extracting(ListItem::getText)
                .containsExactly("Nulägesanalys (Juni – aug 2026): ⚠ Försenad", "Förankring (2026-09-01 – 2026-10-15): Perioden har passerat");
        assertThat($(Paragraph.class).from(vy).withClassName("tidplan-sammanfattning").single().getText())
                .isEqualTo("1 uppdrag, varav 1 försenade och 1 med försenade aktiviteter. Idag är det 2027-02-05.");
        assertThat(svg(vy)).contains("role=\"img\"", "<title id=\"enhet-tidplan-titel\">Tidplan för enheten Koncernkontoret</title>")
                .contains("<g class=\"idag\">", ">Idag 2027-02-05</text>")
                .contains(">⚠ Försenat</text>", ">⚠ Försenad</text>", "class=\"sen-rad\"", "<title>Återredovisning 2027-02-04</title>");
        assertThat($(SideNavItem.class).all()).extracting(SideNavItem::getPath).contains("tidplan");
    }

    @Test
    void the_wide_timeline_is_a_named_region_that_the_keyboard_reaches_and_scrolls() {
        klocka.till(LocalDate.of(2026, 5, 4));
        faststallt();
        folk.loggaIn(TestFolk.MEDLEM);
        var vy = navigate("tidplan", EnhetTidplanView.class);

        var yta = $(Rullyta.class).from(vy).single().getElement();
        assertThat(yta.getAttribute("tabindex")).isEqualTo("0");
        assertThat(yta.getAttribute("role")).isEqualTo("region");
        assertThat(yta.getAttribute("aria-label")).isEqualTo("Tidplan för enheten Koncernkontoret");
    }

    @Test
    void another_unit_is_chosen_in_the_list_or_in_the_address_and_shows_only_its_uppdrag() {
        klocka.till(LocalDate.of(2026, 5, 4));
        var enhet = "Enheten för " + folk.anvandarnamn("x");
        var hemma = faststallt();
        var borta = faststalltI(enhet);
        klocka.till(LocalDate.of(2026, 6, 10));
        folk.loggaIn(TestFolk.MEDLEM);
        var vy = navigate("tidplan", EnhetTidplanView.class);
        $(ComboBox.class).from(vy).single().setValue(enhet);

        assertThat(lankar(vy)).containsExactly("uppdrag/" + borta.value());
        assertThat(rad(vy, borta).getClassNames()).doesNotContain("forsenad");
        assertThat(svg(vy)).contains("Tidplan för enheten " + enhet).doesNotContain("⚠");

        com.vaadin.flow.component.UI.getCurrent().navigate(EnhetTidplanView.class, QueryParameters.of("enhet", enhet));
        var viaAdressen = $(EnhetTidplanView.class).single();
        assertThat($(ComboBox.class).from(viaAdressen).single().getValue()).isEqualTo(enhet);
        assertThat(lankar(viaAdressen)).containsExactly("uppdrag/" + borta.value()).doesNotContain("uppdrag/" + hemma.value());
    }

    @Test
    void someone_who_takes_part_in_no_open_uppdrag_is_told_so() {
        faststallt();
        folk.loggaIn(TestFolk.UTOMSTAENDE);
        var vy = navigate("tidplan", EnhetTidplanView.class);
        assertThat($(ComboBox.class).from(vy).exists()).as("no unit to choose").isFalse();
        assertThat($(Paragraph.class).from(vy).all()).extracting(Paragraph::getText)
                .containsExactly("Det finns inga beslutade och pågående uppdrag som du kan se.");
    }

    private UppdragId faststalltI(String enhet) {
        folk.loggaIn(TestFolk.AGARE);
        var lankat = uppdrag.skapa(Handlingar.enkel(uppdrag.nyttUtkast(), "Förstudie i " + enhet));
        var h = Handlingar.fullstandig(uppdrag.nyttUtkast(), folk, new UppdragRef(lankat.id(), lankat.titel(), null));
        var id = uppdrag.skapa(new Uppdragshandling(null, 0, h.status(), h.agare(), new Huvud(h.huvud().organisation(), enhet,
                h.huvud().datum()), null, "Uppdraget i " + enhet, h.uppdragsgivare(), h.uppdragstagare(), h.ersatter(), h.beskrivning(),
                h.innefattar(), h.ska(), h.arbetsorganisation(), h.samband(), h.kommunikation(), h.tidplan(), h.finansiering(),
                h.beslutsform(), h.distribution())).id();
        beslut.skickaForBeslut(uppgift(TestFolk.AGARE, id, "utkast").id());
        beslut.besluta(uppgift(TestFolk.BESLUTSFATTARE, id, "beslutsuppgift").id(), se.uppdrag.uppdrag.Beslut.FASTSTALL, null);
        return id;
    }

    private NativeTableRow rad(EnhetTidplanView vy, UppdragId id) {
        return $(NativeTableRow.class).from(vy).all().stream()
                .filter(r -> !$(Anchor.class).from(r).all().isEmpty()
                        && $(Anchor.class).from(r).first().getHref().equals("uppdrag/" + id.value()))
                .findFirst().orElseThrow(() -> new AssertionError("Ingen rad för uppdrag " + id.value()));
    }

    private List<String> lankar(EnhetTidplanView vy) {
        return $(Anchor.class).from(vy).all().stream().map(Anchor::getHref).toList();
    }

    private String svg(EnhetTidplanView vy) {
        return $(Svg.class).from(vy).single().getElement().getProperty("innerHTML");
    }
}
