package se.uppdrag.uppdrag.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.jspecify.annotations.Nullable;

/** Small factories for the editor's fields, set up the same way everywhere. */
final class Falt {

    private Falt() {
    }

    static TextField text(Component i18n, String nyckel, int maxLangd) {
        var falt = new TextField(i18n.getTranslation(nyckel));
        falt.setMaxLength(maxLangd);
        falt.setWidthFull();
        return falt;
    }

    static TextArea textyta(Component i18n, String nyckel) {
        var falt = new TextArea(i18n.getTranslation(nyckel));
        falt.setWidthFull();
        falt.setMinRows(3);
        falt.setMaxLength(20_000);
        return falt;
    }

    /** A date picker in ISO format (ÅÅÅÅ-MM-DD) with Swedish month names and messages. */
    static DatePicker datum(Component i18n, String nyckel) {
        return se.uppdrag.ui.Datumfalt.skapa(i18n, nyckel);
    }

    static String varde(@Nullable String text) {
        return text == null ? "" : text;
    }
}
