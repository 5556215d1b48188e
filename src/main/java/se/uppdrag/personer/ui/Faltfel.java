package se.uppdrag.personer.ui;

import com.vaadin.flow.component.HasValidation;
import java.util.Map;
import com.vaadin.flow.i18n.I18NProvider;
import se.uppdrag.personer.KatalogFelException;
import se.uppdrag.personer.Katalogtext;

/** Puts a refused change's message, in the user's language, at the field it concerns, or at the form's first field. */
final class Faltfel {

    private Faltfel() {
    }

    static void rensa(Map<String, ? extends HasValidation> falt) {
        falt.values().forEach(f -> {
            f.setInvalid(false);
            f.setErrorMessage(null);
        });
    }

    static void visa(Map<String, ? extends HasValidation> falt, KatalogFelException fel, HasValidation annars) {
        var vid = falt.getOrDefault(fel.falt(), null);
        var mal = vid == null ? annars : vid;
        mal.setErrorMessage(text(fel.text()));
        mal.setInvalid(true);
    }

    /** The directory's message in the user's language. */
    static String text(Katalogtext text) {
        return text.meddelande().text(I18NProvider::translate);
    }

    static void visa(HasValidation falt, String meddelande) {
        falt.setErrorMessage(meddelande);
        falt.setInvalid(true);
    }
}
