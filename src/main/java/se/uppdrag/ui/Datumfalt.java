package se.uppdrag.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import java.util.List;

/** A date picker in ISO format (ÅÅÅÅ-MM-DD) with month names and messages in the user's language. */
public final class Datumfalt {

    private Datumfalt() {
    }

    public static DatePicker skapa(Component i18n, String nyckel) {
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
}
