package se.uppdrag.uppdrag.tidplan.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;

/**
 * The wide timeline's scroll area. A keyboard user reaches it with Tab and scrolls it with the arrow keys,
 * and a screen reader announces it by the timeline's name (WCAG 2.1.1; axe scrollable-region-focusable).
 */
final class Rullyta extends Div {

    Rullyta(Component innehall, String namn) {
        super(innehall);
        addClassName("tidplan-rulla");
        getElement().setAttribute("tabindex", "0");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-label", namn);
    }
}
