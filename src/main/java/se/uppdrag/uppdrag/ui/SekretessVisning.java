package se.uppdrag.uppdrag.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Optional;
import se.uppdrag.uppdrag.Sekretess;
import se.uppdrag.uppdrag.SekretessService;
import se.uppdrag.uppdrag.UppdragId;

/**
 * The sekretess marking at the top of the document view, where no reader can miss it ("Sekretess enligt 21 kap. 7 §
 * OSL" and the reason), and for those who may, the button that sets, changes or removes it.
 */
class SekretessVisning extends Div {

    SekretessVisning(UppdragId id, Optional<Sekretess> sekretess, SekretessService service, Runnable andrad) {
        addClassName("sekretess");
        sekretess.ifPresent(s -> {
            var markering = new Span(VaadinIcon.LOCK.create(), new Span(getTranslation("sekretess.markering", s.hanvisning().toString())));
            markering.getElement().getThemeList().add("badge error primary");
            markering.addClassName("sekretess-markering");
            markering.getElement().setAttribute("role", "status");
            var skal = new Paragraph(getTranslation("sekretess.skal-visas", s.skal()));
            skal.addClassName("sekretess-skalet");
            add(markering, skal);
        });
        if (service.kanMarkera(id)) {
            var knapp = new Button(getTranslation(sekretess.isPresent() ? "sekretess.andra" : "sekretess.markera"),
                    VaadinIcon.LOCK.create(), e -> new SekretessDialog(id, sekretess, service, andrad).open());
            knapp.addClassName("sekretess-knapp");
            add(knapp);
        }
        setVisible(getComponentCount() > 0);
    }
}
