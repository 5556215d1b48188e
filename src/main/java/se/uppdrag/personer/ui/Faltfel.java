package se.uppdrag.personer.ui;

import com.vaadin.flow.component.HasValidation;
import java.util.Map;
import se.uppdrag.personer.KatalogFelException;

/** Puts a refused change's Swedish message at the field it concerns, or at the form's first field. */
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
        mal.setErrorMessage(fel.getMessage());
        mal.setInvalid(true);
    }

    static void visa(HasValidation falt, String meddelande) {
        falt.setErrorMessage(meddelande);
        falt.setInvalid(true);
    }
}
