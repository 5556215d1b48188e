package se.uppdrag.reporting.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import se.uppdrag.personer.Person;
import se.uppdrag.personer.PersonService;
import se.uppdrag.personer.PersonValjare;
import se.uppdrag.reporting.HandelseloggService;
import se.uppdrag.reporting.Loggrad;
import se.uppdrag.reporting.Rapporttexter;
import se.uppdrag.reporting.internal.Handelseloggdokument;
import se.uppdrag.security.Roller;
import se.uppdrag.text.Meddelande;
import se.uppdrag.ui.Bakgrundsarbeten;
import se.uppdrag.ui.Datumfalt;
import se.uppdrag.uppdrag.HandelseloggFilter;
import se.uppdrag.uppdrag.UppdragRef;

/**
 * Händelselogg: every recorded action on every uppdrag and its tasks, the newest first, by person, uppdrag and period,
 * read a page at a time and downloaded as XLSX. Administrators only, here and in the service.
 */
@Route("granskning")
@Menu(title = "granskning.nav", order = 140, icon = "vaadin:records")
@RolesAllowed(Roller.ADMINISTRATOR)
class HandelseloggView extends VerticalLayout implements HasDynamicTitle {

    private final HandelseloggService service;
    private final Rapporttexter texter;
    private final ComboBox<Person> person;
    private final ComboBox<UppdragRef> uppdrag = new ComboBox<>();
    private final DatePicker fran;
    private final DatePicker till;
    private final Paragraph antal = new Paragraph();
    private final Grid<Loggrad> rader = new Grid<>(Loggrad.class, false);
    private final Rapportnedladdning xlsx;
    private HandelseloggFilter filter;

    HandelseloggView(HandelseloggService service, PersonService personer, Bakgrundsarbeten bakgrund) {
        this.service = service;
        this.texter = Rapporttexter.pa(getLocale());
        this.filter = service.standardfilter();
        person = PersonValjare.en(personer, getTranslation("granskning.person"));
        uppdrag.setLabel(getTranslation("granskning.uppdrag"));
        uppdrag.setItems(query -> service.sokUppdrag(query.getFilter().orElse("")).stream()
                .skip((long) query.getPage() * query.getPageSize()).limit(query.getPageSize()));
        uppdrag.setItemLabelGenerator(UppdragRef::visning);
        uppdrag.setClearButtonVisible(true);
        uppdrag.setWidth("20em");
        fran = Datumfalt.skapa(this, "granskning.fran");
        till = Datumfalt.skapa(this, "granskning.till");
        fran.setValue(filter.fran());
        till.setValue(filter.till());
        person.addValueChangeListener(e -> visa());
        uppdrag.addValueChangeListener(e -> visa());
        fran.addValueChangeListener(e -> visa());
        till.addValueChangeListener(e -> visa());
        xlsx = new Rapportnedladdning(bakgrund, this, getTranslation("granskning.ladda-ner-xlsx"), "xlsx", typ -> fil());
        var val = new HorizontalLayout(person, uppdrag, fran, till, xlsx);
        val.setAlignItems(Alignment.BASELINE);
        val.setWrap(true);
        var rubriker = Handelseloggdokument.rubriker(texter);
        rader.addColumn(Loggrad::tid).setHeader(rubriker.get(0)).setAutoWidth(true);
        Rapportdelar.uppdragskolumn(rader, Loggrad::uppdrag, Loggrad::uppdragText, rubriker.get(1)).setFlexGrow(2);
        rader.addColumn(Loggrad::vem).setHeader(rubriker.get(2)).setFlexGrow(1);
        rader.addColumn(Loggrad::vad).setHeader(rubriker.get(3)).setFlexGrow(1);
        rader.addColumn(Loggrad::kommentar).setHeader(rubriker.get(4)).setFlexGrow(2);
        rader.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        rader.setAriaLabel(texter.text("granskning.rubrik"));
        rader.setEmptyStateText(texter.text("granskning.inga"));
        rader.setHeight("70vh");
        antal.getElement().setAttribute("aria-live", "polite");
        add(new H1(getTranslation("granskning.rubrik")), new Paragraph(getTranslation("granskning.forklaring")), val, antal, rader);
        visa();
    }

    private void visa() {
        fran.setInvalid(false);
        if (fran.getValue() == null || till.getValue() == null) {
            return;
        }
        try {
            filter = new HandelseloggFilter(person.getValue() == null ? null : person.getValue().id(),
                    uppdrag.getValue() == null ? null : uppdrag.getValue().id(), fran.getValue(), till.getValue());
        } catch (IllegalArgumentException fel) {
            fran.setErrorMessage(Meddelande.text(fel, this::getTranslation));
            fran.setInvalid(true);
            return;
        }
        var valt = filter;
        rader.setItemsPageable(sida -> service.sida(valt, sida, texter.locale()));
        antal.setText(texter.text("granskning.antal", service.antal(valt)));
    }

    /** The download writes the log of the filter shown when it is asked for. */
    private Supplier<Rapportnedladdning.Fil> fil() {
        var valt = filter;
        return () -> new Rapportnedladdning.Fil(service.xlsx(valt, texter.locale()),
                texter.text("granskning.rubrik") + " " + valt.fran() + " " + valt.till());
    }

    Rapportnedladdning xlsx() {
        return xlsx;
    }

    /** The filter the list and the download show now. */
    HandelseloggFilter filter() {
        return filter;
    }

    Grid<Loggrad> rader() {
        return rader;
    }

    ComboBox<Person> personval() {
        return person;
    }

    ComboBox<UppdragRef> uppdragsval() {
        return uppdrag;
    }

    DatePicker fran() {
        return fran;
    }

    DatePicker till() {
        return till;
    }

    /** "12 händelser": how many the filter matches. */
    @Nullable String antalText() {
        return antal.getText();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("granskning.rubrik") + " – " + getTranslation("app.namn");
    }
}
