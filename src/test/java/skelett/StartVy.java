package skelett;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Route;

/** The skeleton's one view: how many notes there are. */
@Route("")
class StartVy extends VerticalLayout {

    StartVy(Anteckningar anteckningar) {
        add(new Paragraph(anteckningar.count() + " anteckningar"));
    }
}
