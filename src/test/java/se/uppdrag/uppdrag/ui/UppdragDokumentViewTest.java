package se.uppdrag.uppdrag.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;
import se.uppdrag.TestFolk;

class UppdragDokumentViewTest extends ViewTestBase {

    @Test
    void the_document_shows_its_sections_in_the_order_of_the_paper_document() {
        var sparat = sparaFullstandigt();
        navigate("uppdrag/" + sparat.id().value(), UppdragDokumentView.class);
        var rubriker = $(H2.class).from($(DokumentInnehall.class).single()).all().stream().map(H2::getText).toList();
        assertThat(rubriker).containsExactly("Uppdrag", "Uppdragsgivare", "Uppdragstagare", "Ersätter",
                "Uppdragsbeskrivning", "Uppdraget innefattar", "Uppdraget ska", "Arbetsorganisation",
                "Samband och gränsdragning", "Kommunikation", "Tidplan", "Kostnader och finansiering",
                "Form för beslut när uppdraget är klart", "Uppdraget skickas till");
    }

    @Test
    void the_document_reads_like_the_paper_one() {
        var sparat = sparaFullstandigt();
        folk.loggaIn(TestFolk.MOTTAGARE);
        navigate("uppdrag/" + sparat.id().value(), UppdragDokumentView.class);
        var text = $(DokumentInnehall.class).single().getElement().getTextRecursively().replaceAll("[\\u00a0\\u202f]", " ");
        assertThat(text)
                .contains(folk.person(TestFolk.GIVARE).namn() + " och " + folk.person(TestFolk.GIVARE2).namn())
                .contains("ersätter tidigare uppdragshandling benämnd ”Tidigare uppdrag om vårdens utveckling”, daterad 2025-12-01")
                .contains("Juni – aug 2026")
                .contains("1 250 000,50 kr")
                .contains(folk.person(TestFolk.MOTTAGARE).namn() + " för distribution till koncernledningen");
        assertThat($(Paragraph.class).withClassName("beslutsdatum").single().getText())
                .isEqualTo("Datum för beslut: ÅÅÅÅ-MM-DD (ifylls av beslutsfattaren vid godkännande)");
    }

    @Test
    void someone_outside_the_uppdrag_cannot_read_it_even_with_its_address() {
        var sparat = sparaFullstandigt();
        folk.loggaIn(TestFolk.UTOMSTAENDE);
        navigate("uppdrag/" + sparat.id().value(), UppdragDokumentView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("Uppdraget kan inte visas");
        assertThat($(DokumentInnehall.class).exists()).isFalse();
    }

    @Test
    void the_document_view_has_the_uppdrags_title_as_its_one_level_one_heading() {
        var sparat = sparaFullstandigt();
        navigate("uppdrag/" + sparat.id().value(), UppdragDokumentView.class);
        assertThat($(H1.class).single().getText()).isEqualTo(sparat.titel());
    }
}
