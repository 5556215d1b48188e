package se.uppdrag.uppdrag.ui;

import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.util.function.Consumer;
import se.uppdrag.uppdrag.Bilaga;
import se.uppdrag.uppdrag.BilagaAvvisadException;
import se.uppdrag.uppdrag.Bilageregler;

/**
 * Receives attached files on the server: a file too large or of a kind not taken is refused before it is read, and
 * never more than the limit is read whatever size the request claimed. What the browser checked is not trusted.
 * Accepted files and refusals are handed to the view in its UI thread.
 */
class BilagaMottagare implements UploadHandler {

    /** Room for the multipart framing around one file, should the upload send multipart. */
    private static final long RAMAR = 64 * 1024;
    private final Bilageregler regler;
    private final Consumer<Bilaga> mottagen;
    private final Consumer<BilagaAvvisadException> avvisad;

    BilagaMottagare(Bilageregler regler, Consumer<Bilaga> mottagen, Consumer<BilagaAvvisadException> avvisad) {
        this.regler = regler;
        this.mottagen = mottagen;
        this.avvisad = avvisad;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        var namn = event.getFileName();
        var typ = event.getContentType();
        var ui = event.getUI();
        try {
            regler.kontrollera(namn, typ, Math.max(0, event.getFileSize()));
            byte[] innehall;
            try (var in = event.getInputStream()) {
                innehall = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, regler.maxByte() + 1));
            }
            regler.kontrollera(namn, typ, innehall.length);
            var bilaga = new Bilaga(namn, typ == null || typ.isBlank() ? "application/octet-stream" : typ, innehall);
            ui.access(() -> mottagen.accept(bilaga));
        } catch (BilagaAvvisadException fel) {
            event.reject(Bilagetexter.meddelande(ui, fel));
            ui.access(() -> avvisad.accept(fel));
        }
    }

    @Override
    public long getFileSizeMax() {
        return regler.maxByte();
    }

    @Override
    public long getRequestSizeMax() {
        return regler.maxByte() + RAMAR;
    }
}
