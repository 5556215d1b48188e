package se.uppdrag.uppdrag.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.ArrayList;
import java.util.List;
import se.uppdrag.uppdrag.Bilaga;
import se.uppdrag.uppdrag.GenomforandeService;
import se.uppdrag.workflow.Uppgift;

/** The final report: text and attached files, handed in to the beslutsfattare. */
class SlutrapportFormular extends Formularbas {

    SlutrapportFormular(Uppgift uppgift, Runnable klar, GenomforandeService genomforande) {
        super(klar);
        var text = kommentar("slutrapport.text");
        text.setMinRows(8);
        text.setRequiredIndicatorVisible(true);
        var bilagor = new ArrayList<Bilaga>();
        var upload = new Upload(UploadHandler.inMemory((fil, data) -> bilagor.add(new Bilaga(fil.fileName(),
                fil.contentType() == null ? "application/octet-stream" : fil.contentType(), data))));
        upload.setMaxFileSize(Bilaga.MAX_STORLEK);
        upload.setMaxFiles(20);
        upload.addFileRejectedListener(e -> Notification.show(getTranslation("slutrapport.fil-avvisad", e.getFileName())));
        var skicka = new Button(getTranslation("slutrapport.lamna"),
                e -> utfor(() -> genomforande.lamnaSlutrapport(uppgift.id(), text.getValue(), List.copyOf(bilagor)), text));
        skicka.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(text, new com.vaadin.flow.component.html.Span(getTranslation("slutrapport.bilagor")), upload, skicka);
    }
}
