package se.uppdrag.reporting.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import se.uppdrag.personer.Enhet;
import se.uppdrag.reporting.Delegationsrapport;
import se.uppdrag.reporting.DelegationsrapportService;
import se.uppdrag.reporting.Rapporttexter;
import se.uppdrag.security.Roller;
import se.uppdrag.ui.Bakgrundsarbeten;

/** Delegationsbeslut för anmälan: choose period and unit, read it on screen, download it as PDF or XLSX. */
@Route("delegationsbeslut")
@Menu(title = "anmalan.nav", order = 95, icon = "vaadin:clipboard-text")
@RolesAllowed({Roller.REGISTRATOR, Roller.ADMINISTRATOR})
class DelegationsrapportView extends VerticalLayout implements HasDynamicTitle {

    private final DelegationsrapportService service;
    private final Rapporttexter texter;
    private final Periodvaljare periodval;
    private final ComboBox<Enhet> enhet = new ComboBox<>();
    private final DokumentVisning innehall = new DokumentVisning();
    private @Nullable Delegationsrapport rapport;

    DelegationsrapportView(DelegationsrapportService service, Bakgrundsarbeten bakgrund) {
        this.service = service;
        this.texter = Rapporttexter.pa(getLocale());
        addClassName("rapport-vy");
        this.periodval = new Periodvaljare(this, texter, service.standardperiod(), this::visa);
        enhet.setLabel(getTranslation("anmalan.enhet"));
        enhet.setPlaceholder(getTranslation("anmalan.alla-enheter"));
        enhet.setWidth("18em");
        enhet.setItems(service.enheter());
        enhet.setItemLabelGenerator(Enhet::visning);
        enhet.setClearButtonVisible(true);
        enhet.addValueChangeListener(e -> visa());
        var val = new HorizontalLayout(periodval.period, periodval.fran, periodval.till, enhet,
                new Rapportnedladdning(bakgrund, this, getTranslation("rapport.ladda-ner-pdf"), "pdf", typ -> fil(service::pdf)),
                new Rapportnedladdning(bakgrund, this, getTranslation("rapport.ladda-ner-xlsx"), "xlsx", typ -> fil(service::xlsx)));
        val.setAlignItems(Alignment.BASELINE);
        val.setWrap(true);
        add(new H1(getTranslation("anmalan.rubrik")), val, innehall);
        visa();
    }

    private void visa() {
        var vald = periodval.vald();
        if (vald == null) {
            return;
        }
        try {
            rapport = service.rapport(vald, enhet.getValue());
            innehall.visa(service.dokument(rapport, texter.locale()));
        } catch (IllegalArgumentException fel) {
            periodval.fel(fel);
        }
    }

    /** The download writes the report on screen when it is asked for. */
    private Supplier<Rapportnedladdning.Fil> fil(BiFunction<Delegationsrapport, Locale, byte[]> skriv) {
        var visad = rapport;
        return () -> {
            var aktuell = visad != null ? visad : service.rapport(service.standardperiod(), null);
            return new Rapportnedladdning.Fil(skriv.apply(aktuell, texter.locale()), texter.text("anmalan.rubrik") + " "
                    + texter.period(aktuell.period()) + (aktuell.enhet() == null ? "" : " " + aktuell.enhet()));
        };
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
