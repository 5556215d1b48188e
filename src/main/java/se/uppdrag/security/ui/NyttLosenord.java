package se.uppdrag.security.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import java.util.Optional;
import se.uppdrag.security.Losenordsregler;
import se.uppdrag.security.Regelbrott;

/** The new password twice, with the rules as help text; a refusal is shown at the field it concerns. */
class NyttLosenord extends Composite<VerticalLayout> {

    private final PasswordField nytt = new PasswordField();
    private final PasswordField upprepa = new PasswordField();

    NyttLosenord() {
        nytt.setLabel(getTranslation("losenord.falt.nytt"));
        nytt.setHelperText(getTranslation("losenord.hjalp"));
        nytt.setRequiredIndicatorVisible(true);
        nytt.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        upprepa.setLabel(getTranslation("losenord.falt.upprepa"));
        upprepa.setRequiredIndicatorVisible(true);
        upprepa.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        nytt.setWidth("24em");
        upprepa.setWidth("24em");
        getContent().setPadding(false);
        getContent().add(nytt, upprepa);
    }

    /** The new password when both fields agree and it is long enough; otherwise the message is at the field. */
    Optional<String> varde() {
        rensa();
        var losenord = nytt.getValue();
        if (losenord.codePointCount(0, losenord.length()) < Losenordsregler.MINST_TECKEN) {
            visa(new Regelbrott("losenord.fel.kort", Losenordsregler.MINST_TECKEN));
            return Optional.empty();
        }
        if (!losenord.equals(upprepa.getValue())) {
            upprepa.setErrorMessage(getTranslation("losenord.fel.olika"));
            upprepa.setInvalid(true);
            return Optional.empty();
        }
        return Optional.of(losenord);
    }

    void visa(Regelbrott fel) {
        nytt.setErrorMessage(getTranslation(fel.nyckel(), fel.argument()));
        nytt.setInvalid(true);
        nytt.focus();
    }

    void rensa() {
        nytt.setInvalid(false);
        upprepa.setInvalid(false);
    }

    void tom() {
        nytt.clear();
        upprepa.clear();
    }
}
