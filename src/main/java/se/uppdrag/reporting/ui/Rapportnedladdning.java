package se.uppdrag.reporting.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import se.uppdrag.ui.Bakgrundsarbete;
import se.uppdrag.ui.Bakgrundsarbeten;

/**
 * Downloads a report as PDF or XLSX, named after the report, its period and unit. A large report takes seconds to
 * write, so the button writes it in the background with a progress bar ("PDF:en skapas…") and the view stays usable;
 * the finished file is then offered as a link "Hämta <name> (<size>)", whose download starts by itself.
 */
final class Rapportnedladdning extends Composite<Span> {

    /** A report written as a file: its bytes and its name without the extension. */
    record Fil(byte[] innehall, String namn) {
    }

    /** A written file as it is offered: its bytes and its file name with the extension. */
    record Beredd(byte[] innehall, String filnamn) {
    }

    private final String typ;
    private final Button knapp;
    private final Anchor hamta = new Anchor();
    private final Bakgrundsarbete<Fil> arbete;
    private @Nullable Beredd beredd;

    /**
     * {@code typ} is "pdf" or "xlsx". {@code skriv} is called in the UI when the button is clicked: it takes the report
     * shown then and returns the work, run in the background, that writes it in that format.
     */
    Rapportnedladdning(Bakgrundsarbeten bakgrund, Component vy, String text, String typ, Function<String, Supplier<Fil>> skriv) {
        this.typ = typ;
        this.arbete = bakgrund.arbete(vy, "rapport.skapas." + typ, "rapport.fel.fil", this::erbjud);
        knapp = new Button(text, ("pdf".equals(typ) ? VaadinIcon.FILE_TEXT_O : VaadinIcon.TABLE).create(), e -> {
            hamta.setVisible(false);
            arbete.starta(skriv.apply(typ));
        });
        knapp.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        knapp.addClassName("rapport-" + typ);
        hamta.addClassName("rapport-hamta");
        hamta.setVisible(false);
        getContent().addClassName("rapport-nedladdning");
        getContent().add(knapp, arbete, hamta);
    }

    private void erbjud(Fil fil) {
        var filnamn = fil.namn().replaceAll("[^\\p{L}\\p{N} ._-]", "").strip() + "." + typ;
        var klar = new Beredd(fil.innehall(), filnamn);
        beredd = klar;
        var mime = "pdf".equals(typ) ? "application/pdf" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        hamta.setHref(DownloadHandler.fromInputStream(e -> new DownloadResponse(new ByteArrayInputStream(klar.innehall()),
                klar.filnamn(), mime, klar.innehall().length)));
        hamta.setText(getTranslation("rapport.hamta", filnamn, storlek(klar.innehall().length, getLocale())));
        hamta.setVisible(true);
        // the user asked for the file: start its download; the link stays for a browser that blocks it
        hamta.getElement().executeJs("this.click()");
    }

    static String storlek(long antal, Locale locale) {
        if (antal < 1024 * 1024) {
            return Math.max(1, (antal + 1023) / 1024) + " kB";
        }
        return String.format(locale, "%.1f MB", antal / (1024.0 * 1024.0));
    }

    Button knapp() {
        return knapp;
    }

    Anchor hamta() {
        return hamta;
    }

    Bakgrundsarbete<Fil> arbete() {
        return arbete;
    }

    /** The file written last, the one the link offers; nothing before the first is done. */
    @Nullable Beredd beredd() {
        return beredd;
    }
}
