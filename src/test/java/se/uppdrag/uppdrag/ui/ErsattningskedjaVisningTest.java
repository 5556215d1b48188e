package se.uppdrag.uppdrag.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.uppdrag.TestFolk;
import se.uppdrag.uppdrag.Distribution;
import se.uppdrag.uppdrag.UppdragAtgardService;
import se.uppdrag.uppdrag.Uppdragshandling;

/** The ersätter chain above the document: "Ersätter" and "Ersatt av" with links, the whole chain, only what the user may open. */
class ErsattningskedjaVisningTest extends ProcessViewTestBase {

    @Autowired
    UppdragAtgardService atgarder;

    @Test
    void a_revision_links_to_what_it_replaces_and_the_replaced_uppdrag_to_its_revision() {
        var gammalt = faststallt();
        folk.loggaIn(TestFolk.GIVARE);
        var nytt = atgarder.revidera(gammalt);
        var dnr = uppdrag.hamta(gammalt).diarienummer();

        folk.loggaIn(TestFolk.MEDLEM);
        navigate("uppdrag/" + nytt.value(), UppdragDokumentView.class);
        var kedja = $(ErsattningskedjaVisning.class).single();
        assertThat($(Paragraph.class).from(kedja).single().getElement().getTextRecursively()).startsWith("Ersätter: ");
        assertThat($(Anchor.class).from($(Paragraph.class).from(kedja).single()).single().getHref()).isEqualTo("uppdrag/" + gammalt.value());
        var led = $(ListItem.class).from(kedja).all();
        assertThat(led).hasSize(2);
        assertThat(led.get(0).getElement().getTextRecursively()).contains("(" + dnr + "), daterad ").endsWith(", Pågående");
        assertThat(led.get(1).getElement().getAttribute("aria-current")).isEqualTo("page");
        assertThat(led.get(1).getElement().getTextRecursively()).startsWith("Detta uppdrag: ").endsWith(", Utkast");

        navigate("uppdrag/" + gammalt.value(), UppdragDokumentView.class);
        var fran = $(ErsattningskedjaVisning.class).single();
        assertThat($(Paragraph.class).from(fran).single().getElement().getTextRecursively()).startsWith("Ersatt av: ");
        assertThat($(Anchor.class).from(fran).all()).extracting(Anchor::getHref).containsExactly("uppdrag/" + nytt.value(), "uppdrag/" + nytt.value());
    }

    @Test
    void a_revision_the_user_may_not_open_is_not_linked_nor_named() {
        var gammalt = faststallt();
        folk.loggaIn(TestFolk.GIVARE);
        var nytt = atgarder.revidera(gammalt);
        folk.loggaIn(TestFolk.AGARE);
        var h = uppdrag.hamta(nytt);
        uppdrag.spara(new Uppdragshandling(h.id(), h.version(), h.status(), h.agare(), h.huvud(), h.diarienummer(), "Hemlig omtag",
                h.uppdragsgivare(), h.uppdragstagare(), h.ersatter(), h.beskrivning(), h.innefattar(), h.ska(), h.arbetsorganisation(),
                h.samband(), h.kommunikation(), h.tidplan(), h.finansiering(), h.beslutsform(),
                new Distribution(h.distribution().forGenomforande(), List.of())));

        folk.loggaIn(TestFolk.MOTTAGARE);
        navigate("uppdrag/" + gammalt.value(), UppdragDokumentView.class);
        var kedja = $(ErsattningskedjaVisning.class).single();
        assertThat($(Anchor.class).from(kedja).exists()).isFalse();
        assertThat(kedja.getElement().getTextRecursively()).contains("Ersatt av: ett uppdrag som du inte har behörighet att öppna")
                .doesNotContain("Hemlig omtag");
    }

    @Test
    void an_uppdrag_that_replaces_nothing_and_is_not_replaced_shows_no_chain() {
        var id = sparaFullstandigt().id();
        navigate("uppdrag/" + id.value(), UppdragDokumentView.class);
        assertThat($(ErsattningskedjaVisning.class).exists()).isFalse();
    }
}
