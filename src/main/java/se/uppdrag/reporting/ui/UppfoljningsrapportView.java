package se.uppdrag.reporting.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
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
import java.util.function.BiFunction;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import se.uppdrag.reporting.Rapportperiod;
import se.uppdrag.reporting.Rapporttexter;
import se.uppdrag.reporting.Uppfoljningsrapport;
import se.uppdrag.reporting.UppfoljningsrapportService;
import se.uppdrag.security.CurrentUser;
import se.uppdrag.security.Roller;
import se.uppdrag.text.Meddelande;
import se.uppdrag.ui.Datumfalt;

/** The uppföljningsrapport: choose period and unit, read it on screen, download it as PDF or XLSX. */
@Route("uppfoljning")
@Menu(title = "nav.uppfoljning", order = 40, icon = "vaadin:chart")
@RolesAllowed(Roller.ANVANDARE)
class UppfoljningsrapportView extends VerticalLayout implements HasDynamicTitle {

    private final UppfoljningsrapportService service;
    private final Rapporttexter texter;
    private final Select<Periodval> period = new Select<>();
    private final DatePicker fran;
    private final DatePicker till;
    private final ComboBox<String> enhet = new ComboBox<>();
    private final RapportInnehall innehall;
    private @Nullable Uppfoljningsrapport rapport;

    UppfoljningsrapportView(UppfoljningsrapportService service, CurrentUser currentUser) {
        this.service = service;
        this.texter = Rapporttexter.pa(getLocale());
        this.innehall = new RapportInnehall(texter);
        this.fran = Datumfalt.skapa(this, "rapport.fran");
        this.till = Datumfalt.skapa(this, "rapport.till");
        addClassName("rapport-vy");
        var standard = service.standardperiod();
        period.setLabel(getTranslation("rapport.period"));
        period.setWidth("15em");
        enhet.setWidth("18em");
        period.setItems(Periodval.val(standard.fran()));
        period.setItemLabelGenerator(val -> val.period() == null ? getTranslation("rapport.anpassad") : texter.period(val.period()));
        period.setValue(new Periodval(standard));
        fran.setValue(standard.fran());
        till.setValue(standard.till());
        enhet.setLabel(getTranslation("rapport.enhet"));
        enhet.setPlaceholder(getTranslation("rapport.alla-enheter"));
        enhet.setItems(service.enheter());
        enhet.setClearButtonVisible(true);
        period.addValueChangeListener(e -> {
            if (e.getValue() != null && e.getValue().period() != null) {
                fran.setValue(e.getValue().period().fran());
                till.setValue(e.getValue().period().till());
            }
            datumSynliga();
            visa();
        });
        fran.addValueChangeListener(e -> visaOmAnnan());
        till.addValueChangeListener(e -> visaOmAnnan());
        enhet.addValueChangeListener(e -> visa());
        datumSynliga();
        var val = new HorizontalLayout(period, fran, till, enhet, nedladdning("rapport.ladda-ner-pdf", "pdf", service::pdf),
                nedladdning("rapport.ladda-ner-xlsx", "xlsx", service::xlsx));
        val.setAlignItems(Alignment.BASELINE);
        val.setWrap(true);
        var allt = currentUser.get().filter(user -> user.serAllaUppdrag()).isPresent();
        add(new H1(getTranslation("rapport.rubrik")),
                new Paragraph(getTranslation(allt ? "rapport.omfattning.alla" : "rapport.omfattning.egna")), val, innehall);
        visa();
    }

    private void datumSynliga() {
        var annan = Periodval.ANNAN.equals(period.getValue());
        fran.setVisible(annan);
        till.setVisible(annan);
    }

    private void visaOmAnnan() {
        if (Periodval.ANNAN.equals(period.getValue())) {
            visa();
        }
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
            innehall.visa(rapport);
        } catch (IllegalArgumentException fel) {
            fran.setErrorMessage(Meddelande.text(fel, this::getTranslation));
            fran.setInvalid(true);
        }
    }

    private Anchor nedladdning(String nyckel, String typ, BiFunction<Uppfoljningsrapport, Locale, byte[]> skriv) {
        var mime = "pdf".equals(typ) ? "application/pdf" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        var lank = new Anchor(DownloadHandler.fromInputStream(e -> {
            var aktuell = rapport != null ? rapport : service.rapport(service.standardperiod(), null);
            var innehall = skriv.apply(aktuell, texter.locale());
            return new DownloadResponse(new ByteArrayInputStream(innehall), filnamn(aktuell, typ), mime, innehall.length);
        }), getTranslation(nyckel));
        lank.addComponentAsFirst(("pdf".equals(typ) ? VaadinIcon.FILE_TEXT_O : VaadinIcon.TABLE).create());
        lank.addClassName("rapport-" + typ);
        return lank;
    }

    private String filnamn(Uppfoljningsrapport aktuell, String typ) {
        var namn = texter.text("rapport.rubrik") + " " + texter.period(aktuell.period())
                + (aktuell.enhet() == null ? "" : " " + aktuell.enhet());
        return namn.replaceAll("[^\\p{L}\\p{N} ._-]", "").strip() + "." + typ;
    }

    Select<Periodval> periodval() {
        return period;
    }

    DatePicker fran() {
        return fran;
    }

    DatePicker till() {
        return till;
    }

    ComboBox<String> enhetsval() {
        return enhet;
    }

    RapportInnehall innehall() {
        return innehall;
    }

    /** The report on screen now, the one the downloads write. */
    @Nullable Uppfoljningsrapport visad() {
        return rapport;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("rapport.rubrik") + " – " + getTranslation("app.namn");
    }
}
