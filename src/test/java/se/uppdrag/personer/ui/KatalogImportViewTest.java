package se.uppdrag.personer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import se.uppdrag.personer.Importrad;

class KatalogImportViewTest extends KatalogViewTestBase {

    @SuppressWarnings("unchecked")
    private Grid<Importrad> grid() {
        return $(Grid.class).single();
    }

    private void ladda(String namn, byte[] innehall) {
        test($(Upload.class).single()).upload(namn, "text/csv", innehall);
    }

    @Test
    void the_preview_shows_new_and_refused_lines_with_reasons_and_importera_applies_the_new_ones() {
        navigate(KatalogImportView.class);
        var fil = ("anstallningsid;fornamn;efternamn;epost\n"
                + "I1-" + suffix + ";Gun;Ny " + suffix + ";gun." + suffix + "@regionexempel.se\n"
                + "I2-" + suffix + ";Hans;Fel " + suffix + ";hans@\n").getBytes(StandardCharsets.UTF_8);
        ladda("katalog.csv", fil);
        assertThat(test(grid()).size()).isEqualTo(2);
        assertThat(test(grid()).getCellText(0, 1)).isEqualTo("Ny");
        assertThat(test(grid()).getCellText(1, 0)).isEqualTo("3");
        assertThat(test(grid()).getCellText(1, 1)).isEqualTo("Avvisad");
        assertThat(test(grid()).getCellText(1, 4)).isEqualTo("Ogiltig e-postadress \"hans@\"");
        test($(Button.class).withText("Importera").single()).click();
        assertThat(katalog.rakna("Gun Ny " + suffix, false)).isEqualTo(1);
        assertThat(katalog.rakna("Hans Fel " + suffix, true)).isZero();
        assertThat(test(grid()).getCellText(0, 1)).as("the same file again changes nothing").isEqualTo("Oförändrad");
        assertThat($(Button.class).withText("Importera").single().isEnabled()).isFalse();
    }

    @Test
    void a_file_that_is_no_csv_is_refused_with_a_clear_message() {
        navigate(KatalogImportView.class);
        ladda("bild.csv", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2});
        assertThat($(Span.class).withId("katalogimport-fel").single().getText()).contains("ingen CSV-fil");
        assertThat($(Grid.class).all()).as("no preview").isEmpty();
        assertThat($(Button.class).withText("Importera").single().isEnabled()).isFalse();
    }
}
