package se.uppdrag.uppdrag.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import java.util.Arrays;
import java.util.stream.Collectors;
import se.uppdrag.uppdrag.BilagaAvvisadException;
import se.uppdrag.uppdrag.Bilageregler;
import se.uppdrag.uppdrag.Filtyp;

/** The words around attachments, in the view's language: the limits, the kinds taken, and why a file was refused. */
final class Bilagetexter {

    private Bilagetexter() {
    }

    /** "PDF, Word (doc, docx), …". */
    static String tillatna(Component i18n) {
        return Arrays.stream(Filtyp.values()).map(t -> i18n.getTranslation(t.namnnyckel())).collect(Collectors.joining(", "));
    }

    /** Why the file was refused; every message may end with the kinds taken, its last argument. */
    static String meddelande(Component i18n, BilagaAvvisadException fel) {
        var argument = Arrays.copyOf(fel.argument(), fel.argument().length + 1);
        argument[argument.length - 1] = tillatna(i18n);
        return i18n.getTranslation(fel.nyckel(), argument);
    }

    /** The field's own texts, so that what the browser refuses by itself is said in the user's language too. */
    static void satt(Upload upload, Bilageregler regler) {
        var i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(upload.getTranslation("bilaga.ladda-upp.en"))
                .setMany(upload.getTranslation("bilaga.ladda-upp")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(upload.getTranslation("bilaga.slapp.en"))
                .setMany(upload.getTranslation("bilaga.slapp")));
        i18n.setError(new UploadI18N.Error().setFileIsTooBig(upload.getTranslation("bilaga.for-stor.kort", regler.maxText()))
                .setIncorrectFileType(upload.getTranslation("bilaga.fel-filtyp.kort"))
                .setTooManyFiles(upload.getTranslation("bilaga.for-manga")));
        i18n.setUploading(new UploadI18N.Uploading().setError(new UploadI18N.Uploading.Error()
                .setFileTooLarge(upload.getTranslation("bilaga.for-stor.kort", regler.maxText()))
                .setServerUnavailable(upload.getTranslation("bilaga.server-borta"))
                .setUnexpectedServerError(upload.getTranslation("bilaga.server-fel"))
                .setForbidden(upload.getTranslation("bilaga.nekad"))));
        upload.setI18n(i18n);
    }
}
