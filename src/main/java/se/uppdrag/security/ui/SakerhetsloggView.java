package se.uppdrag.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.Optional;
import java.util.stream.Stream;
import se.uppdrag.security.Inloggningssparr;
import se.uppdrag.security.InloggningssparrService;
import se.uppdrag.security.Roller;
import se.uppdrag.security.Sakerhetshandelse;
import se.uppdrag.security.SakerhetsloggService;
import se.uppdrag.text.Tidsformat;

/** Säkerhetslogg: the audit log, newest first, by type and text; and the locked sign-ins, each with "Lås upp". */
@Route("sakerhetslogg")
@Menu(title = "sakerhet.nav", order = 130, icon = "vaadin:shield")
@RolesAllowed(Roller.ADMINISTRATOR)
class SakerhetsloggView extends VerticalLayout implements HasDynamicTitle {

    private final SakerhetsloggService logg;
    private final InloggningssparrService sparrar;
    private final Tidsformat tid;
    private final Grid<Sakerhetshandelse> handelser = new Grid<>();
    private final Grid<Inloggningssparr> sparrlista = new Grid<>();
    private final Select<Optional<Sakerhetshandelse.Typ>> typ = new Select<>();
    private final TextField sok = new TextField();

    SakerhetsloggView(SakerhetsloggService logg, InloggningssparrService sparrar, Clock klocka) {
        this.logg = logg;
        this.sparrar = sparrar;
        this.tid = Tidsformat.av(klocka);
        typ.setLabel(getTranslation("sakerhet.typ"));
        typ.setItems(Stream.concat(Stream.of(Optional.<Sakerhetshandelse.Typ>empty()),
                Stream.of(Sakerhetshandelse.Typ.values()).map(Optional::of)).toList());
        typ.setItemLabelGenerator(t -> t.map(this::typnamn).orElse(getTranslation("sakerhet.alla-typer")));
        typ.setValue(Optional.empty());
        typ.addValueChangeListener(e -> uppdatera());
        sok.setLabel(getTranslation("sakerhet.sok"));
        sok.setHelperText(getTranslation("sakerhet.sok.hjalp"));
        sok.setClearButtonVisible(true);
        sok.setValueChangeMode(ValueChangeMode.LAZY);
        sok.addValueChangeListener(e -> uppdatera());
        handelser.addColumn(h -> tid.sekund(h.tidpunkt())).setHeader(getTranslation("sakerhet.kolumn.tid")).setAutoWidth(true);
        handelser.addColumn(h -> typnamn(h.typ())).setHeader(getTranslation("sakerhet.kolumn.typ")).setAutoWidth(true);
        handelser.addColumn(h -> Optional.ofNullable(h.anvandare()).orElse("")).setHeader(getTranslation("sakerhet.kolumn.anvandare"))
                .setAutoWidth(true);
        handelser.addColumn(h -> Optional.ofNullable(h.adress()).orElse("")).setHeader(getTranslation("sakerhet.kolumn.adress"))
                .setAutoWidth(true);
        handelser.addColumn(Sakerhetshandelse::beskrivning).setHeader(getTranslation("sakerhet.kolumn.beskrivning"))
                .setWidth("20em").setFlexGrow(4);
        handelser.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        handelser.setAriaLabel(getTranslation("sakerhet.rubrik"));
        handelser.setEmptyStateText(getTranslation("sakerhet.inga-handelser"));
        add(new H1(getTranslation("sakerhet.rubrik")), new HorizontalLayout(typ, sok), handelser, new H2(getTranslation("sakerhet.sparrar")),
                sparrlista());
        uppdatera();
    }

    private Grid<Inloggningssparr> sparrlista() {
        sparrlista.addColumn(s -> getTranslation(s.konto() ? "sakerhet.sparr.konto" : "sakerhet.sparr.adress", s.namn()))
                .setHeader(getTranslation("sakerhet.kolumn.sparrat")).setAutoWidth(true).setFlexGrow(2);
        sparrlista.addColumn(Inloggningssparr::misslyckade).setHeader(getTranslation("sakerhet.kolumn.misslyckade")).setAutoWidth(true);
        sparrlista.addColumn(s -> tid.sekund(s.lastTill())).setHeader(getTranslation("sakerhet.kolumn.last-till")).setAutoWidth(true);
        sparrlista.addColumn(new ComponentRenderer<>(s -> {
            var lasUpp = new Button(getTranslation("sakerhet.las-upp"), e -> {
                sparrar.lasUpp(s);
                Notification.show(getTranslation("sakerhet.upplast", s.namn()));
                uppdateraSparrar();
            });
            lasUpp.addThemeVariants(ButtonVariant.LUMO_SMALL);
            lasUpp.setAriaLabel(getTranslation("sakerhet.las-upp.for", s.namn()));
            return lasUpp;
        })).setHeader(getTranslation("sakerhet.kolumn.atgard")).setAutoWidth(true);
        sparrlista.setAllRowsVisible(true);
        sparrlista.setAriaLabel(getTranslation("sakerhet.sparrar"));
        sparrlista.setEmptyStateText(getTranslation("sakerhet.inga-sparrar"));
        return sparrlista;
    }

    private String typnamn(Sakerhetshandelse.Typ typ) {
        return getTranslation("sakerhet.typ." + typ.name());
    }

    private void uppdatera() {
        var vald = Optional.ofNullable(typ.getValue()).flatMap(t -> t);
        var text = Optional.ofNullable(sok.getValue()).orElse("");
        handelser.setItemsPageable(sida -> logg.lista(vald, text, sida));
        uppdateraSparrar();
    }

    private void uppdateraSparrar() {
        sparrlista.setItems(sparrar.aktiva());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("sakerhet.rubrik") + " – " + getTranslation("app.namn");
    }
}
