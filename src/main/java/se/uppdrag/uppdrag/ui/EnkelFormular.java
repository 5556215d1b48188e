package se.uppdrag.uppdrag.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.function.BiConsumer;
import se.uppdrag.workflow.Uppgift;

/** A task that is done with one button and an optional comment: an activity, a registration, ending a round. */
class EnkelFormular extends Formularbas {

    EnkelFormular(Uppgift uppgift, Runnable klar, String ingress, List<String> fakta, boolean medKommentar, String knapp,
            BiConsumer<String, java.util.UUID> atgard) {
        super(klar);
        add(new Paragraph(ingress));
        if (!fakta.isEmpty()) {
            var lista = new UnorderedList();
            fakta.forEach(rad -> lista.add(new ListItem(rad)));
            add(lista);
        }
        var kommentar = kommentar("uppgift.kommentar-valfri");
        if (medKommentar) {
            add(kommentar);
        }
        var klarKnapp = new Button(knapp, e -> utfor(() -> atgard.accept(kommentar.getValue(), nyckel()), kommentar));
        klarKnapp.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(klarKnapp);
        getElement().setAttribute("data-uppgift", uppgift.typ());
    }
}
