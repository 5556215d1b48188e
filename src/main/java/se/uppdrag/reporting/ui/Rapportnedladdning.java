package se.uppdrag.reporting.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.function.Function;

/** The link that downloads a report as PDF or XLSX, written when clicked, named after the report, its period and unit. */
final class Rapportnedladdning {

    /** A report written as a file: its bytes and its name without the extension. */
    record Fil(byte[] innehall, String namn) {
    }

    private Rapportnedladdning() {
    }

    /** {@code typ} is "pdf" or "xlsx"; {@code skriv} writes the report shown now in that format. */
    static Anchor lank(String text, String typ, Function<String, Fil> skriv) {
        var mime = "pdf".equals(typ) ? "application/pdf" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        var lank = new Anchor(DownloadHandler.fromInputStream(e -> {
            var fil = skriv.apply(typ);
            var namn = fil.namn().replaceAll("[^\\p{L}\\p{N} ._-]", "").strip() + "." + typ;
            return new DownloadResponse(new ByteArrayInputStream(fil.innehall()), namn, mime, fil.innehall().length);
        }), text);
        lank.addComponentAsFirst(("pdf".equals(typ) ? VaadinIcon.FILE_TEXT_O : VaadinIcon.TABLE).create());
        lank.addClassName("rapport-" + typ);
        return lank;
    }
}
