package se.uppdrag.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import se.uppdrag.IntegrationTest;

/** The connection indicator speaks the UI's language: Swedish by default, English when chosen. */
@IntegrationTest
@ViewPackages(packages = "se.uppdrag")
class AnslutningstexterTest extends SpringBrowserlessTest {

    @Test
    void in_the_swedish_ui_the_connection_indicator_speaks_swedish() {
        var ui = UI.getCurrent();
        ui.setLocale(Sprak.SVENSKA);
        Anslutningstexter.tillampa(ui);
        assertThat(ui.getReconnectDialogConfiguration().getDialogText()).isEqualTo("Ansluter igen …");
        assertThat(ui.getReconnectDialogConfiguration().getDialogTextGaveUp()).isEqualTo("Anslutningen bröts");
        assertThat(indikatorn(ui)).containsExactly("Ansluten", "Ansluter igen …", "Anslutningen bröts");
    }

    @Test
    void in_the_english_ui_the_connection_indicator_speaks_english() {
        var ui = UI.getCurrent();
        ui.setLocale(Locale.ENGLISH);
        Anslutningstexter.tillampa(ui);
        assertThat(ui.getReconnectDialogConfiguration().getDialogText()).isEqualTo("Reconnecting …");
        assertThat(ui.getReconnectDialogConfiguration().getDialogTextGaveUp()).isEqualTo("Connection lost");
        assertThat(indikatorn(ui)).containsExactly("Connected", "Reconnecting …", "Connection lost");
    }

    @Test
    void a_new_ui_gets_the_texts_of_the_language_chosen_for_the_session() {
        // the language choice's UI init listener has run for the test's UI: Swedish, the default
        assertThat(UI.getCurrent().getReconnectDialogConfiguration().getDialogText()).isEqualTo("Ansluter igen …");
    }

    /** The texts (online, reconnecting, offline) the page's script sets on window.Vaadin.connectionIndicator. */
    private static List<Object> indikatorn(UI ui) {
        return ui.getInternals().dumpPendingJavaScriptInvocations().stream().map(PendingJavaScriptInvocation::getInvocation)
                .filter(js -> js.getExpression().contains("connectionIndicator")).reduce((forsta, sista) -> sista)
                .orElseThrow().getParameters();
    }
}
