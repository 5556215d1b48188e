package se.uppdrag.uppdrag.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.List;
import se.uppdrag.uppdrag.GenomforandeService;
import se.uppdrag.uppdrag.Slutrapport;
import se.uppdrag.workflow.Uppgift;

/** The decision on the final report: godkänn (closes the uppdrag) or begär komplettering. */
class SlutrapportbeslutFormular extends Formularbas {

    SlutrapportbeslutFormular(Uppgift uppgift, Runnable klar, List<Slutrapport> rapporter, GenomforandeService genomforande) {
        super(klar);
        if (!rapporter.isEmpty()) {
            var senaste = rapporter.getFirst();
            add(new H2(getTranslation("slutrapport.rubrik", senaste.inlamnadAv())), new Paragraph(senaste.text()));
            senaste.bilagor().forEach(b -> add(new Anchor(DownloadHandler.fromInputStream(
                    e -> new DownloadResponse(new ByteArrayInputStream(b.innehall()), b.filnamn(), b.mimetyp(), b.innehall().length)),
                    b.filnamn())));
        }
        var val = new RadioButtonGroup<Boolean>(getTranslation("slutrapportbeslut.val"));
        val.setItems(true, false);
        val.setItemLabelGenerator(g -> getTranslation(g ? "slutrapportbeslut.godkann" : "slutrapportbeslut.komplettering"));
        val.setRequiredIndicatorVisible(true);
        val.setHelperText(getTranslation("slutrapportbeslut.regel"));
        var kommentar = kommentar("slutrapportbeslut.kommentar");
        var skicka = new Button(getTranslation("beslut.registrera"), e -> {
            if (val.getValue() == null) {
                val.setErrorMessage(getTranslation("beslut.valj"));
                val.setInvalid(true);
                return;
            }
            utfor(() -> genomforande.beslutaOmSlutrapport(uppgift.id(), val.getValue(), kommentar.getValue(), nyckel()), kommentar);
        });
        skicka.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(val, kommentar, skicka);
    }
}
