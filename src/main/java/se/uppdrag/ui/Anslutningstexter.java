package se.uppdrag.ui;

import com.vaadin.flow.component.UI;

/**
 * The connection indicator's texts in the UI's language. Vaadin hands the reconnect dialog's two texts to the
 * indicator (reconnectingText, offlineText); its "Online" it has no setting for, so that one is set on the
 * indicator in the page ({@code window.Vaadin.connectionIndicator}).
 */
final class Anslutningstexter {

    static final String ONLINE = "anslutning.online";
    static final String ATERANSLUTER = "anslutning.ateransluter";
    static final String BRUTEN = "anslutning.bruten";

    private Anslutningstexter() {
    }

    static void tillampa(UI ui) {
        var online = ui.getTranslation(ONLINE);
        var ateransluter = ui.getTranslation(ATERANSLUTER);
        var bruten = ui.getTranslation(BRUTEN);
        var dialog = ui.getReconnectDialogConfiguration();
        dialog.setDialogText(ateransluter);
        dialog.setDialogTextGaveUp(bruten);
        ui.getPage().executeJs("const indikator = window.Vaadin && window.Vaadin.connectionIndicator;"
                + " if (indikator) { indikator.onlineText = $0; indikator.reconnectingText = $1; indikator.offlineText = $2; }",
                online, ateransluter, bruten);
    }
}
