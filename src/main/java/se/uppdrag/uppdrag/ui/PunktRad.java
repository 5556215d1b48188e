package se.uppdrag.uppdrag.ui;

import com.vaadin.flow.component.textfield.TextField;

/** A bullet of "Uppdraget innefattar" or "Uppdraget ska". */
class PunktRad extends Rad<String> {

    private final TextField text = new TextField();

    PunktRad(String etikett, String varde) {
        text.setAriaLabel(etikett);
        text.setWidthFull();
        text.setMaxLength(2000);
        text.setValue(varde);
        add(text);
    }

    @Override
    boolean validera() {
        return markera(text, text.getValue().strip().length() > 2000, getTranslation("fel.punkt-lang"));
    }

    @Override
    String varde() {
        return text.getValue().strip();
    }

    @Override
    boolean arTom() {
        return text.getValue().isBlank();
    }

    @Override
    void fokusera() {
        text.focus();
    }
}
