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
import java.util.function.BiFunction;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import se.uppdrag.reporting.Rapporttexter;
import se.uppdrag.reporting.Uppfoljningsrapport;
import se.uppdrag.reporting.UppfoljningsrapportService;
import se.uppdrag.security.CurrentUser;
import se.uppdrag.security.Roller;

/** The uppföljningsrapport: choose period and unit, read it on screen, download it as PDF or XLSX. */
@Route("uppfoljning")
@Menu(title = "nav.uppfoljning", order = 40, icon = "vaadin:chart")
@RolesAllowed(Roller.ANVANDARE)
class UppfoljningsrapportView extends VerticalLayout implements HasDynamicTitle {

    private final UppfoljningsrapportService service;
    private final Rapporttexter texter;
    private final Periodvaljare periodval;
    private final ComboBox<String> enhet = new ComboBox<>();
    private final RapportInnehall innehall;
    private @Nullable Uppfoljningsrapport rapport;

    UppfoljningsrapportView(UppfoljningsrapportService service, CurrentUser currentUser) {
        this.service = service;
        this.texter = Rapporttexter.pa(getLocale());
        this.innehall = new RapportInnehall(texter);
        addClassName("rapport-vy");
        this.periodval = new Periodvaljare(this, texter, service.standardperiod(), this::visa);
        enhet.setWidth("18em");
        enhet.setLabel(getTranslation("rapport.enhet"));
        enhet.setPlaceholder(getTranslation("rapport.alla-enheter"));
        enhet.setItems(service.enheter());
        enhet.setClearButtonVisible(true);
        enhet.addValueChangeListener(e -> visa());
        var val = new HorizontalLayout(periodval.period, periodval.fran, periodval.till, enhet,
                Rapportnedladdning.lank(getTranslation("rapport.ladda-ner-pdf"), "pdf", typ -> fil(service::pdf)),
                Rapportnedladdning.lank(getTranslation("rapport.ladda-ner-xlsx"), "xlsx", typ -> fil(service::xlsx)));
        val.setAlignItems(Alignment.BASELINE);
        val.setWrap(true);
        var allt = currentUser.get().filter(user -> user.serAllaUppdrag()).isPresent();
        add(new H1(getTranslation("rapport.rubrik")),
                new Paragraph(getTranslation(allt ? "rapport.omfattning.alla" : "rapport.omfattning.egna")), val, innehall);
        visa();
    }

    private void visa() {
        var vald = periodval.vald();
        if (vald == null) {
            return;
        }
        try {
            rapport = service.rapport(vald, enhet.getValue());
            innehall.visa(rapport);
        } catch (IllegalArgumentException fel) {
            periodval.fel(fel);
        }
    }

    private Rapportnedladdning.Fil fil(BiFunction<Uppfoljningsrapport, Locale, byte[]> skriv) {
        var aktuell = rapport != null ? rapport : service.rapport(service.standardperiod(), null);
        return new Rapportnedladdning.Fil(skriv.apply(aktuell, texter.locale()), texter.text("rapport.rubrik") + " "
                + texter.period(aktuell.period()) + (aktuell.enhet() == null ? "" : " " + aktuell.enhet()));
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

    /** The report on screen now, the one the downloads write. */
    @Nullable Uppfoljningsrapport visad() {
        return rapport;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("rapport.rubrik") + " – " + getTranslation("app.namn");
    }
}
