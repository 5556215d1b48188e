package se.uppdrag.reporting.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import se.uppdrag.reporting.Rapporttexter;
import se.uppdrag.reporting.Uppfoljningsrapport;
import se.uppdrag.reporting.UppfoljningsrapportService;
import se.uppdrag.security.CurrentUser;
import se.uppdrag.security.Roller;
import se.uppdrag.ui.Bakgrundsarbete;
import se.uppdrag.ui.Bakgrundsarbeten;

/**
 * The uppföljningsrapport: choose period and unit, read it on screen, download it as PDF or XLSX. A report of many
 * uppdrag takes a second or more, so it is drawn up in the background: the choices stay usable meanwhile and only the
 * last choice's report is shown.
 */
@Route("uppfoljning")
@Menu(title = "nav.uppfoljning", order = 40, icon = "vaadin:chart")
@RolesAllowed(Roller.ANVANDARE)
class UppfoljningsrapportView extends VerticalLayout implements HasDynamicTitle {

    private final UppfoljningsrapportService service;
    private final Rapporttexter texter;
    private final Periodvaljare periodval;
    private final ComboBox<String> enhet = new ComboBox<>();
    private final RapportInnehall innehall;
    private final Bakgrundsarbete<RapportInnehall.Visning> arbete;
    private final Rapportnedladdning pdf;
    private final Rapportnedladdning xlsx;
    private @Nullable Uppfoljningsrapport rapport;

    UppfoljningsrapportView(UppfoljningsrapportService service, CurrentUser currentUser, Bakgrundsarbeten bakgrund) {
        this.service = service;
        this.texter = Rapporttexter.pa(getLocale());
        this.innehall = new RapportInnehall(texter);
        addClassName("rapport-vy");
        this.periodval = new Periodvaljare(this, texter, service.standardperiod(), this::visa);
        this.arbete = bakgrund.<RapportInnehall.Visning>arbete(this, "rapport.beraknas", "rapport.fel.berakna", visning -> {
            rapport = visning.rapport();
            innehall.visa(visning);
        }).omFel(IllegalArgumentException.class, periodval::fel);
        enhet.setWidth("18em");
        enhet.setLabel(getTranslation("rapport.enhet"));
        enhet.setPlaceholder(getTranslation("rapport.alla-enheter"));
        enhet.setItems(service.enheter());
        enhet.setClearButtonVisible(true);
        enhet.addValueChangeListener(e -> visa());
        pdf = new Rapportnedladdning(bakgrund, this, getTranslation("rapport.ladda-ner-pdf"), "pdf", typ -> fil(service::pdf));
        xlsx = new Rapportnedladdning(bakgrund, this, getTranslation("rapport.ladda-ner-xlsx"), "xlsx", typ -> fil(service::xlsx));
        var val = new HorizontalLayout(periodval.period, periodval.fran, periodval.till, enhet, pdf, xlsx);
        val.setAlignItems(Alignment.BASELINE);
        val.setWrap(true);
        var allt = currentUser.get().filter(user -> user.serAllaUppdrag()).isPresent();
        add(new H1(getTranslation("rapport.rubrik")),
                new Paragraph(getTranslation(allt ? "rapport.omfattning.alla" : "rapport.omfattning.egna")), val, arbete, innehall);
        visa();
    }

    private void visa() {
        var vald = periodval.vald();
        if (vald == null) {
            return;
        }
        var valdEnhet = enhet.getValue();
        arbete.starta(() -> innehall.forbered(service.rapport(vald, valdEnhet)));
    }

    /** The download writes the report on screen when it is asked for, or before the first is shown the default one. */
    private Supplier<Rapportnedladdning.Fil> fil(BiFunction<Uppfoljningsrapport, Locale, byte[]> skriv) {
        var visad = rapport;
        return () -> {
            var aktuell = visad != null ? visad : service.rapport(service.standardperiod(), null);
            return new Rapportnedladdning.Fil(skriv.apply(aktuell, texter.locale()), texter.text("rapport.rubrik") + " "
                    + texter.period(aktuell.period()) + (aktuell.enhet() == null ? "" : " " + aktuell.enhet()));
        };
    }

    Select<Periodval> periodval() {
        return periodval.period;
    }

    DatePicker fran() {
        return periodval.fran;
    }

    DatePicker till() {
        return periodval.till;
    }

    ComboBox<String> enhetsval() {
        return enhet;
    }

    RapportInnehall innehall() {
        return innehall;
    }

    Bakgrundsarbete<RapportInnehall.Visning> arbete() {
        return arbete;
    }

    Rapportnedladdning pdf() {
        return pdf;
    }

    Rapportnedladdning xlsx() {
        return xlsx;
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
