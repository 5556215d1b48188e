package se.uppdrag.uppdrag.ui;

import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.stream.Collectors;
import se.uppdrag.uppdrag.Beslutskrav;

/**
 * Beside the buttons that send an uppdrag för beslut: what it still lacks for a decision, or that nothing is missing.
 * A status region, so that a screen reader hears it change as the fields are filled in.
 */
class BeslutskravSammanfattning extends Paragraph {

    BeslutskravSammanfattning() {
        addClassName("beslutskrav");
        getElement().setAttribute("role", "status");
    }

    void visa(List<Beslutskrav> saknas) {
        setText(text(this, saknas));
        getElement().getClassList().set("beslutskrav-saknas", !saknas.isEmpty());
    }

    /** "Det här saknas innan uppdraget kan skickas för beslut: Uppdragsgivare, Beslutsfattare". */
    static String text(com.vaadin.flow.component.Component i18n, List<Beslutskrav> saknas) {
        return saknas.isEmpty() ? i18n.getTranslation("beslutskrav.komplett") : i18n.getTranslation("beslutskrav.sammanfattning",
                saknas.stream().map(k -> i18n.getTranslation(k.namnnyckel())).collect(Collectors.joining(", ")));
    }
}
