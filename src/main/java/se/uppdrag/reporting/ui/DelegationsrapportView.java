package se.uppdrag.reporting.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.Locale;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;
import se.uppdrag.personer.Enhet;
import se.uppdrag.reporting.Delegationsrapport;
import se.uppdrag.reporting.DelegationsrapportService;
import se.uppdrag.reporting.Rapportperiod;
import se.uppdrag.reporting.Rapporttexter;
import se.uppdrag.security.Roller;
import se.uppdrag.text.Meddelande;
import se.uppdrag.ui.Datumfalt;

/** Delegationsbeslut för anmälan: choose period and unit, read it on screen, download it as PDF or XLSX. */
@Route("delegationsbeslut")
@Menu(title = "anmalan.nav", order = 95, icon = "vaadin:clipboard-text")
@RolesAllowed({Roller.REGISTRATOR, Roller.ADMINISTRATOR})
class DelegationsrapportView extends VerticalLayout implements HasDynamicTitle {

    private final DelegationsrapportService service;
    private final Rapporttexter texter;
    private final Select<Periodval> period = new Select<>();
    private final DatePicker fran;
    private final DatePicker till;
    private final ComboBox<Enhet> enhet = new ComboBox<>();
    private final DokumentVisning innehall = new DokumentVisning();
    private @Nullable Delegationsrapport rapport;

    DelegationsrapportView(DelegationsrapportService service) {
        this.service = service;
        this.texter = Rapporttexter.pa(getLocale());
        this.fran = Datumfalt.skapa(this, "rapport.fran");
        this.till = Datumfalt.skapa(this, "rapport.till");
        addClassName("rapport-vy");
        var standard = service.standardperiod();
        period.setLabel(getTranslation("rapport.period"));
        period.setWidth("15em");
        period.setItems(Periodval.val(standard.fran()));
        period.setItemLabelGenerator(val -> val.period() == null ? getTranslation("rapport.anpassad") : texter.period(val.period()));
        period.setValue(new Periodval(standard));
        fran.setValue(standard.fran());
        till.setValue(standard.till());
        enhet.setLabel(getTranslation("anmalan.enhet"));
        enhet.setPlaceholder(getTranslation("anmalan.alla-enheter"));
        enhet.setWidth("18em");
        enhet.setItems(service.enheter());
        enhet.setItemLabelGenerator(Enhet::visning);
        enhet.setClearButtonVisible(true);
        period.addValueChangeListener(e -> {
            if (e.getValue() != null && e.getValue().period() != null) {
                fran.setValue(e.getValue().period().fran());
                till.setValue(e.getValue().period().till());
            }
            datumSynliga();
            visa();
        });
        fran.addValueChangeListener(e -> visa());
        till.addValueChangeListener(e -> visa());
        enhet.addValueChangeListener(e -> visa());
        datumSynliga();
        var val = new HorizontalLayout(period, fran, till, enhet, nedladdning("rapport.ladda-ner-pdf", "pdf", service::pdf),
                nedladdning("rapport.ladda-ner-xlsx", "xlsx", service::xlsx));
        val.setAlignItems(Alignment.BASELINE);
        val.setWrap(true);
        add(new H1(getTranslation("anmalan.rubrik")), val, innehall);
        visa();
    }

    private void datumSynliga() {
        var annan = Periodval.ANNAN.equals(period.getValue());
        fran.setVisible(annan);
        till.setVisible(annan);
    }

    private void visa() {
        fran.setInvalid(false);
        if (fran.getValue() == null || till.getValue() == null) {
            return;
        }
        try {
            var vald = period.getValue() != null && period.getValue().period() != null ? period.getValue().period()
                    : new Rapportperiod(fran.getValue(), till.getValue());
            rapport = service.rapport(vald, enhet.getValue());
            innehall.visa(service.dokument(rapport, texter.locale()));
        } catch (IllegalArgumentException fel) {
            fran.setErrorMessage(Meddelande.text(fel, this::getTranslation));
            fran.setInvalid(true);
        }
    }

    private Anchor nedladdning(String nyckel, String typ, BiFunction<Delegationsrapport, Locale, byte[]> skriv) {
        var mime = "pdf".equals(typ) ? "application/pdf" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        var lank = new Anchor(DownloadHandler.fromInputStream(e -> {
            var aktuell = rapport != null ? rapport : service.rapport(service.standardperiod(), null);
            var innehall = skriv.apply(aktuell, texter.locale());
            var namn = (texter.text("anmalan.rubrik") + " " + texter.period(aktuell.period())
                    + (aktuell.enhet() == null ? "" : " " + aktuell.enhet())).replaceAll("[^\\p{L}\\p{N} ._-]", "").strip();
            return new DownloadResponse(new ByteArrayInputStream(innehall), namn + "." + typ, mime, innehall.length);
        }), getTranslation(nyckel));
        lank.addComponentAsFirst(("pdf".equals(typ) ? VaadinIcon.FILE_TEXT_O : VaadinIcon.TABLE).create());
        lank.addClassName("rapport-" + typ);
        return lank;
    }

    /** The report on screen now, the one the downloads write. */
    @Nullable Delegationsrapport visad() {
        return rapport;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("anmalan.rubrik") + " – " + getTranslation("app.namn");
    }
}
