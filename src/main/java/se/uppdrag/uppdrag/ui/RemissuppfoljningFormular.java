package se.uppdrag.uppdrag.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import se.uppdrag.text.Tidsformat;
import se.uppdrag.uppdrag.RemissService;
import se.uppdrag.uppdrag.Remissrunda;
import se.uppdrag.uppdrag.Remissvar;
import se.uppdrag.workflow.Uppgift;

/**
 * "Följ remissen": the owner sees each answer with its comment and when it came, who has not answered yet and the date
 * to answer by, and may end the round early.
 */
class RemissuppfoljningFormular extends Formularbas {

    RemissuppfoljningFormular(Uppgift uppgift, Runnable klar, Remissrunda runda, RemissService remiss, Tidsformat tid) {
        super(klar);
        add(new Paragraph(getTranslation("remissuppfoljning.ingress")));
        var svarsdatum = new Paragraph(getTranslation(runda.svarsdatumetPasserat() ? "remissuppfoljning.svarsdatum-passerat"
                : "remissuppfoljning.svar-senast", runda.svarSenast().toString()));
        svarsdatum.addClassName("remiss-svarsdatum");
        if (runda.svarsdatumetPasserat()) {
            svarsdatum.addClassName("forsenad");
        }
        add(svarsdatum);
        var antal = runda.svar().size() + runda.ejSvarat().size();
        add(new H2(getTranslation("remissuppfoljning.svar", runda.svar().size(), antal)));
        if (runda.svar().isEmpty()) {
            add(new Paragraph(getTranslation("remissuppfoljning.inga-svar")));
        } else {
            var svar = new UnorderedList();
            svar.addClassName("remiss-svar");
            runda.svar().forEach(s -> svar.add(svar(s, tid)));
            add(svar);
        }
        add(new H2(getTranslation("remissuppfoljning.ej-svarat", runda.ejSvarat().size())));
        if (runda.ejSvarat().isEmpty()) {
            add(new Paragraph(getTranslation("remissuppfoljning.alla-svarat")));
        } else {
            var ejSvarat = new UnorderedList();
            ejSvarat.addClassName("remiss-ej-svarat");
            runda.ejSvarat().forEach(namn -> ejSvarat.add(new ListItem(namn)));
            add(ejSvarat);
        }
        var avsluta = new Button(getTranslation("remissuppfoljning.avsluta"), e -> utfor(() -> remiss.avslutaRemissen(uppgift.id(), nyckel()), null));
        avsluta.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(avsluta);
        getElement().setAttribute("data-uppgift", uppgift.typ());
    }

    private ListItem svar(Remissvar svar, Tidsformat tid) {
        var rad = new ListItem(new Span(getTranslation("remissuppfoljning.svar.rad", svar.vem(this),
                getTranslation("remissvar." + svar.svar().name()), tid.minut(svar.tid()))));
        var kommentar = new Paragraph(svar.kommentar() == null || svar.kommentar().isBlank()
                ? getTranslation("remissuppfoljning.utan-kommentar") : svar.kommentar().strip());
        kommentar.addClassName("remiss-kommentar");
        rad.add(kommentar);
        return rad;
    }
}
