package se.uppdrag.personer.ui;

import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.util.function.Consumer;
import se.uppdrag.personer.KatalogimportService;

/**
 * Receives a directory file on the server, never reading more than the limit whatever size the request claimed;
 * the file (or null, when it is too large) is handed to the view in its UI thread.
 */
class KatalogfilMottagare implements UploadHandler {

    private static final long RAMAR = 64 * 1024;
    private final Consumer<byte[]> mottagen;
    private final Runnable forStor;

    KatalogfilMottagare(Consumer<byte[]> mottagen, Runnable forStor) {
        this.mottagen = mottagen;
        this.forStor = forStor;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        var ui = event.getUI();
        byte[] innehall;
        try (var in = event.getInputStream()) {
            innehall = in.readNBytes(KatalogimportService.MAX_BYTE + 1);
        }
        if (innehall.length > KatalogimportService.MAX_BYTE) {
            event.reject(ui.getTranslation("katalog.import.for-stor"));
            ui.access(forStor::run);
            return;
        }
        ui.access(() -> mottagen.accept(innehall));
    }

    @Override
    public long getFileSizeMax() {
        return KatalogimportService.MAX_BYTE;
    }

    @Override
    public long getRequestSizeMax() {
        return KatalogimportService.MAX_BYTE + RAMAR;
    }
}
