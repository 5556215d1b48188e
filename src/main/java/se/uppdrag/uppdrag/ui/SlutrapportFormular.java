package se.uppdrag.uppdrag.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import java.util.ArrayList;
import java.util.List;
import se.uppdrag.uppdrag.Bilaga;
import se.uppdrag.uppdrag.BilagaAvvisadException;
import se.uppdrag.uppdrag.Bilageregler;
import se.uppdrag.uppdrag.Filtyp;
import se.uppdrag.uppdrag.GenomforandeService;
import se.uppdrag.workflow.Uppgift;

/**
 * The final report: text and attached files, handed in to the beslutsfattare. The field says how large a file may be
 * and which kinds are taken, the limits an installation sets in one place ({@link Bilageregler}); a refused file is
 * explained under the field, whether the browser or the server refused it.
 */
class SlutrapportFormular extends Formularbas {

    private final Span avvisning = new Span();

    SlutrapportFormular(Uppgift uppgift, Runnable klar, GenomforandeService genomforande, Bilageregler regler) {
        super(klar);
        var text = kommentar("slutrapport.text");
        text.setMinRows(8);
        text.setRequiredIndicatorVisible(true);
        var bilagor = new ArrayList<Bilaga>();
        var upload = new Upload(new BilagaMottagare(regler, bilaga -> {
            bilagor.add(bilaga);
            avvisning.setText("");
        }, fel -> avvisning.setText(Bilagetexter.meddelande(this, fel))));
        upload.setMaxFileSize((int) regler.maxByte());
        upload.setMaxFiles(20);
        upload.setAcceptedFileTypes(Filtyp.godtagna().toArray(String[]::new));
        Bilagetexter.satt(upload, regler);
        upload.addFileRejectedListener(e -> avvisning.setText(iWebblasaren(e.getFileName(), regler)));
        upload.addFileRemovedListener(e -> bilagor.removeIf(b -> b.filnamn().equals(e.getFileName())));
        var rubrik = new Span(getTranslation("slutrapport.bilagor", regler.maxText()));
        rubrik.setId("slutrapport-bilagor");
        var typer = new Span(getTranslation("slutrapport.bilagor.typer", Bilagetexter.tillatna(this)));
        typer.setId("slutrapport-bilagetyper");
        avvisning.setId("slutrapport-avvisning");
        avvisning.addClassName("lista-fel");
        avvisning.getElement().setAttribute("role", "alert");
        var skicka = new Button(getTranslation("slutrapport.lamna"),
                e -> utfor(() -> genomforande.lamnaSlutrapport(uppgift.id(), text.getValue(), List.copyOf(bilagor), nyckel()), text));
        skicka.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(text, rubrik, typer, upload, avvisning, skicka);
    }

    /**
     * The browser refused the file before sending it (its size, or a kind the chooser does not offer): which of the two
     * is told by the rules, since the browser's message says only that it was refused.
     */
    private String iWebblasaren(String filnamn, Bilageregler regler) {
        try {
            regler.kontrollera(filnamn, null, 0);
            return Bilagetexter.meddelande(this, new BilagaAvvisadException("bilaga.for-stor", filnamn, regler.maxText()));
        } catch (BilagaAvvisadException fel) {
            return Bilagetexter.meddelande(this, fel);
        }
    }
}
