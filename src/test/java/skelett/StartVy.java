package skelett;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * The skeleton's one view: how many notes there are. Its route is registered by {@link Skelett#startvyn} when the
 * skeleton starts, not by {@code @Route}: Vaadin scans the whole class path for routes, and the application's own
 * tests would find this one too.
 */
class StartVy extends VerticalLayout {

    StartVy(Anteckningar anteckningar) {
        add(new Paragraph(anteckningar.count() + " anteckningar"));
    }
}
