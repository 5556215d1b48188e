package se.uppdrag.personer.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import se.uppdrag.personer.Forhandsgranskning;
import se.uppdrag.personer.Importrad;
import se.uppdrag.personer.Importstatus;
import se.uppdrag.personer.KatalogFelException;
import se.uppdrag.personer.KatalogimportService;

/** Import of the directory from the HR or AD export: upload, preview of every line, then "Importera" applies it. */
@Route("personer/import")
@RolesAllowed("ADMINISTRATOR")
class KatalogImportView extends VerticalLayout implements HasDynamicTitle {

    private final KatalogimportService importer;
    private final Span fel = new Span();
    private final Span sammanfattning = new Span();
    /** The key of the import of the preview shown: sent again (its reply never came), it is applied once. */
    private java.util.UUID nyckel = java.util.UUID.randomUUID();
    private final Grid<Importrad> rader = new Grid<>();
    private final Button importera = new Button();
    private byte @Nullable [] fil;
    private @Nullable Forhandsgranskning granskning;

    KatalogImportView(KatalogimportService importer) {
        this.importer = importer;
        var upload = new Upload(new KatalogfilMottagare(this::granska, () -> visaFel(getTranslation("katalog.import.for-stor"))));
        upload.setMaxFiles(1);
        upload.setMaxFileSize(KatalogimportService.MAX_BYTE);
        upload.setAcceptedFileTypes(".csv", "text/csv", "text/plain");
        upload.setI18n(texter(upload));
        upload.addFileRejectedListener(e -> visaFel(getTranslation("katalog.import.avvisad-fil", e.getFileName())));
        upload.getElement().setAttribute("aria-label", getTranslation("katalog.import.fil"));
        upload.getElement().setAttribute("aria-describedby", "katalogimport-fel");
        fel.setId("katalogimport-fel");
        fel.addClassName("lista-fel");
        fel.getElement().setAttribute("role", "alert");
        sammanfattning.getElement().setAttribute("role", "status");
        rader.addColumn(Importrad::rad).setHeader(getTranslation("katalog.import.rad")).setAutoWidth(true).setFlexGrow(0);
        rader.addColumn(r -> getTranslation("katalog.import.status." + r.status())).setHeader(getTranslation("katalog.status"))
                .setAutoWidth(true).setFlexGrow(0);
        rader.addColumn(r -> Objects.toString(r.anstallningsId(), "")).setHeader(getTranslation("katalog.anstallningsid")).setAutoWidth(true);
        rader.addColumn(Importrad::namn).setHeader(getTranslation("katalog.namn")).setFlexGrow(2);
        rader.addColumn(this::forklaring).setHeader(getTranslation("katalog.import.forklaring")).setFlexGrow(3);
        rader.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        rader.setAriaLabel(getTranslation("katalog.import.forhandsgranskning"));
        rader.setVisible(false);
        importera.setText(getTranslation("katalog.import.importera"));
        importera.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importera.setEnabled(false);
        importera.addClickListener(e -> importera());
        add(new H1(getTranslation("katalog.import.rubrik")), new Paragraph(getTranslation("katalog.import.format")),
                upload, fel, sammanfattning, rader, importera);
    }

    private String forklaring(Importrad rad) {
        return switch (rad.status()) {
            case AVVISAD -> rad.skal() == null ? "" : Faltfel.text(rad.skal());
            case ANDRAD -> String.join(", ", rad.andringar().stream().map(this::faltnamn).toList());
            case NY, OFORANDRAD -> "";
        };
    }

    /** A changed field's name ("aktiv från") in the user's language. */
    private String faltnamn(String andring) {
        var nyckel = "katalog.andring." + andring.replace('å', 'a').replace(' ', '-');
        var text = getTranslation(nyckel);
        return text.equals(nyckel) || text.startsWith("!") ? andring : text;
    }

    private void granska(byte[] innehall) {
        fel.setText("");
        try {
            granskning = importer.forhandsgranska(innehall);
            fil = innehall;
            // a new preview: its import is a new submission
            nyckel = java.util.UUID.randomUUID();
            rader.setItems(granskning.rader());
            rader.setVisible(true);
            sammanfattning.setText(getTranslation("katalog.import.sammanfattning", granskning.antal(Importstatus.NY),
                    granskning.antal(Importstatus.ANDRAD), granskning.antal(Importstatus.OFORANDRAD), granskning.antal(Importstatus.AVVISAD)));
            importera.setEnabled(granskning.andrarNagot());
        } catch (KatalogFelException ogiltig) {
            visaFel(Faltfel.text(ogiltig.text()));
        }
    }

    private void importera() {
        if (fil == null || granskning == null) {
            return;
        }
        try {
            var klar = importer.importera(fil, granskning, nyckel);
            Notification.show(getTranslation("katalog.import.klar", klar.antal(Importstatus.NY), klar.antal(Importstatus.ANDRAD),
                    klar.antal(Importstatus.AVVISAD)), 6000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            granska(fil);
        } catch (KatalogFelException andrad) {
            visaFel(Faltfel.text(andrad.text()));
        }
    }

    private void visaFel(String meddelande) {
        fel.setText(meddelande);
        granskning = null;
        fil = null;
        rader.setVisible(false);
        sammanfattning.setText("");
        importera.setEnabled(false);
    }

    private static UploadI18N texter(Upload upload) {
        var i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(upload.getTranslation("katalog.import.valj-fil")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(upload.getTranslation("katalog.import.slapp-fil")));
        i18n.setError(new UploadI18N.Error().setFileIsTooBig(upload.getTranslation("katalog.import.for-stor"))
                .setIncorrectFileType(upload.getTranslation("katalog.import.fel-filtyp")).setTooManyFiles(upload.getTranslation("katalog.import.en-fil")));
        return i18n;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("katalog.import.rubrik") + " – " + getTranslation("app.namn");
    }
}
