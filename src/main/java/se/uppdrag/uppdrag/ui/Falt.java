package se.uppdrag.uppdrag.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
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
        var falt = new DatePicker(i18n.getTranslation(nyckel));
        var sv = new DatePicker.DatePickerI18n()
                .setDateFormat("yyyy-MM-dd")
                .setFirstDayOfWeek(1)
                .setMonthNames(List.of(i18n.getTranslation("manader").split(",")))
                .setWeekdays(List.of(i18n.getTranslation("veckodagar").split(",")))
                .setWeekdaysShort(List.of(i18n.getTranslation("veckodagar.kort").split(",")))
                .setToday(i18n.getTranslation("datum.idag"))
                .setCancel(i18n.getTranslation("knapp.avbryt"))
                .setBadInputErrorMessage(i18n.getTranslation("fel.datum-format"))
                .setRequiredErrorMessage(i18n.getTranslation("fel.datum-saknas"));
        falt.setI18n(sv);
        falt.setPlaceholder("ÅÅÅÅ-MM-DD");
        return falt;
    }

    static String varde(@Nullable String text) {
        return text == null ? "" : text;
    }
}
