package se.uppdrag.delegation.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import se.uppdrag.delegation.DelegationsregelFelException;
import se.uppdrag.delegation.Delegationsordning;
import se.uppdrag.delegation.Delegationsregel;
import se.uppdrag.delegation.NyDelegationsregel;
import se.uppdrag.delegation.Regeltext;
import se.uppdrag.delegation.Uppdragsslag;
import se.uppdrag.personer.Enhet;
import se.uppdrag.personer.Person;
import se.uppdrag.personer.PersonService;
import se.uppdrag.personer.PersonValjare;
import se.uppdrag.security.Roller;
import se.uppdrag.text.Meddelande;
import se.uppdrag.ui.Datumfalt;

/**
 * The administrator's delegationsordning: the rules in force and ended, a form to add one (each refusal at its field),
 * and per rule "Avsluta i dag" or, for one recorded by mistake, "Ta bort".
 */
@Route("delegationsordning")
@Menu(title = "nav.delegationsordning", order = 105, icon = "vaadin:gavel")
@RolesAllowed(Roller.ADMINISTRATOR)
class DelegationsordningView extends VerticalLayout implements HasDynamicTitle {

    private final Delegationsordning ordning;
    private final Clock clock;
    private final ComboBox<Person> delegat;
    private final ComboBox<Enhet> enhet = new ComboBox<>();
    private final Select<Uppdragsslag> slag = new Select<>();
    private final BigDecimalField belopp = new BigDecimalField();
    private final DatePicker fran;
    private final DatePicker till;
    private final Grid<Delegationsregel> regler = new Grid<>();
    private final Paragraph ingenRegel = new Paragraph();
    private final Map<String, HasValidation> falt;
    /** The key of the rule being added: the same "Lägg till" sent again (its reply never came) records one rule. */
    private java.util.UUID nyckel = java.util.UUID.randomUUID();

    DelegationsordningView(Delegationsordning ordning, PersonService personer, Clock clock) {
        this.ordning = ordning;
        this.clock = clock;
        delegat = PersonValjare.en(personer, getTranslation("delegation.falt.delegat"));
        enhet.setLabel(getTranslation("delegation.falt.enhet"));
        enhet.setItems(ordning.enheter());
        enhet.setItemLabelGenerator(Enhet::visning);
        enhet.setClearButtonVisible(true);
        slag.setLabel(getTranslation("delegation.falt.slag"));
        slag.setItems(Uppdragsslag.values());
        slag.setEmptySelectionAllowed(true);
        slag.setEmptySelectionCaption(getTranslation("delegation.falt.slag.alla"));
        slag.setItemLabelGenerator(s -> s == null ? getTranslation("delegation.falt.slag.alla")
                : getTranslation("delegation.falt.slag." + s.name()));
        belopp.setLabel(getTranslation("delegation.falt.belopp"));
        belopp.setHelperText(getTranslation("delegation.falt.belopp.hjalp"));
        belopp.setSuffixComponent(new Span("kr"));
        fran = Datumfalt.skapa(this, "delegation.falt.fran");
        fran.setValue(LocalDate.now(clock));
        till = Datumfalt.skapa(this, "delegation.falt.till");
        till.setHelperText(getTranslation("delegation.falt.till.hjalp"));
        delegat.setRequiredIndicatorVisible(true);
        enhet.setRequiredIndicatorVisible(true);
        fran.setRequiredIndicatorVisible(true);
        falt = Map.of("delegat", delegat, "enhet", enhet, "beloppsgrans", belopp, "giltigFran", fran, "giltigTill", till);
        var laggTill = new Button(getTranslation("delegation.knapp.lagg-till"), e -> laggTill());
        laggTill.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ingenRegel.addClassName("delegation-saknas");
        ingenRegel.getElement().setAttribute("role", "status");
        kolumner();
        add(new H1(getTranslation("delegation.rubrik")), new Paragraph(getTranslation("delegation.ingress")), ingenRegel,
                new FormLayout(delegat, enhet, slag, belopp, fran, till), laggTill,
                new H2(getTranslation("delegation.rubrik")), regler);
        visa();
    }

    private void kolumner() {
        regler.addColumn(r -> r.delegat().namnOchTitel()).setHeader(getTranslation("delegation.kol.delegat")).setAutoWidth(true);
        regler.addColumn(r -> Regeltext.text(r, this::getTranslation)).setHeader(getTranslation("delegation.kol.delegation"))
                .setFlexGrow(3);
        regler.addComponentColumn(this::atgarder).setHeader(getTranslation("delegation.kol.atgarder")).setAutoWidth(true);
        regler.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        regler.setAriaLabel(getTranslation("delegation.rubrik"));
        regler.setEmptyStateText(getTranslation("delegation.ingen-regel"));
    }

    private HorizontalLayout atgarder(Delegationsregel regel) {
        var rad = new HorizontalLayout();
        var idag = LocalDate.now(clock);
        if (regel.giltigTill() == null || regel.giltigTill().isAfter(idag)) {
            rad.add(new Button(getTranslation("delegation.knapp.avsluta"), e -> utfor(() -> ordning.avsluta(regel.id(),
                    idag.isBefore(regel.giltigFran()) ? regel.giltigFran() : idag), "delegation.avslutad")));
        }
        var taBort = new Button(getTranslation("delegation.knapp.ta-bort"), e -> utfor(() -> ordning.taBort(regel.id()),
                "delegation.borttagen"));
        taBort.addThemeVariants(ButtonVariant.LUMO_ERROR);
        rad.add(taBort);
        return rad;
    }

    private void laggTill() {
        falt.values().forEach(f -> {
            f.setInvalid(false);
            f.setErrorMessage(null);
        });
        if (belopp.isInvalid() || fran.isInvalid() || till.isInvalid()) {
            return;
        }
        try {
            ordning.skapa(new NyDelegationsregel(delegat.getValue() == null ? null : delegat.getValue().id(),
                    enhet.getValue() == null ? null : enhet.getValue().id(), slag.getValue(), belopp.getValue(),
                    fran.getValue(), till.getValue()), nyckel);
            // recorded: the next rule is another, with a key of its own
            nyckel = java.util.UUID.randomUUID();
            delegat.clear();
            belopp.clear();
            till.clear();
            meddela("delegation.sparad", NotificationVariant.LUMO_SUCCESS);
            visa();
        } catch (DelegationsregelFelException fel) {
            var vid = falt.getOrDefault(fel.falt(), delegat);
            vid.setErrorMessage(Meddelande.text(fel, this::getTranslation));
            vid.setInvalid(true);
        }
    }

    private void utfor(Runnable atgard, String klar) {
        try {
            atgard.run();
            meddela(klar, NotificationVariant.LUMO_SUCCESS);
        } catch (IllegalArgumentException fel) {
            Notification.show(Meddelande.text(fel, this::getTranslation), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        visa();
    }

    private void visa() {
        var alla = ordning.regler();
        regler.setItems(alla);
        // a short list shows whole; a long one scrolls (a grid drawn whole fetches every row at once, refused beyond 10 pages)
        regler.setAllRowsVisible(alla.size() <= 50);
        regler.setHeight(alla.size() <= 50 ? null : "40em");
        ingenRegel.setText(alla.isEmpty() ? getTranslation("delegation.ingen-regel") : "");
        ingenRegel.setVisible(alla.isEmpty());
    }

    private void meddela(String nyckel, NotificationVariant variant) {
        Notification.show(getTranslation(nyckel), 4000, Notification.Position.BOTTOM_START).addThemeVariants(variant);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("delegation.rubrik") + " – " + getTranslation("app.namn");
    }
}
