package se.uppdrag.workflow.ui;

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
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import se.uppdrag.personer.Person;
import se.uppdrag.personer.PersonService;
import se.uppdrag.personer.PersonValjare;
import se.uppdrag.security.CurrentUser;
import se.uppdrag.security.Roller;
import se.uppdrag.text.HarMeddelande;
import se.uppdrag.text.Meddelande;
import se.uppdrag.ui.Datumfalt;
import se.uppdrag.workflow.Franvaro;
import se.uppdrag.workflow.FranvaroService;

/**
 * Frånvaro och ersättare: a person registers when they are away and who stands in, and ends it early; an administrator
 * does the same for anyone and sees everyone's. A refusal is shown at the field it concerns.
 */
@Route("franvaro")
@Menu(title = "franvaro.meny", order = 75, icon = "vaadin:calendar-user")
@RolesAllowed(Roller.ANVANDARE)
class FranvaroView extends VerticalLayout implements HasDynamicTitle {

    private final FranvaroService franvaro;
    private final boolean administrator;
    private final ComboBox<Person> person;
    private final DatePicker fran = Datumfalt.skapa(this, "franvaro.fran");
    private final DatePicker till = Datumfalt.skapa(this, "franvaro.till");
    private final ComboBox<Person> ersattare;
    private final Grid<Franvaro> grid = new Grid<>();
    /** The key of the absence being registered: the same "Registrera" sent again (its reply never came) makes one absence. */
    private java.util.UUID nyckel = java.util.UUID.randomUUID();

    FranvaroView(FranvaroService franvaro, PersonService personer, CurrentUser currentUser) {
        this.franvaro = franvaro;
        var jag = currentUser.require();
        this.administrator = jag.har(Roller.ADMINISTRATOR);
        this.person = PersonValjare.en(personer, getTranslation("franvaro.person"));
        this.ersattare = PersonValjare.en(personer, getTranslation("franvaro.ersattare"));
        person.setValue(personer.hamta(jag.personId()));
        person.setVisible(administrator);
        person.setClearButtonVisible(false);
        fran.setId("franvaro-fran");
        till.setId("franvaro-till");
        ersattare.setId("franvaro-ersattare");
        var registrera = new Button(getTranslation("franvaro.registrera"), e -> registrera());
        registrera.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var formular = new FormLayout(person, fran, till, ersattare);
        formular.setMaxWidth("48em");
        grid.addColumn(Franvaro::personNamn).setHeader(getTranslation("franvaro.kolumn.person")).setFlexGrow(2);
        grid.addColumn(f -> f.fran().toString()).setHeader(getTranslation("franvaro.kolumn.fran")).setAutoWidth(true);
        grid.addColumn(f -> f.till().toString()).setHeader(getTranslation("franvaro.kolumn.till")).setAutoWidth(true);
        grid.addColumn(Franvaro::ersattareNamn).setHeader(getTranslation("franvaro.kolumn.ersattare")).setFlexGrow(2);
        grid.addColumn(new ComponentRenderer<>(this::avsluta)).setHeader(getTranslation("franvaro.kolumn.atgard")).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel(getTranslation(administrator ? "franvaro.alla" : "franvaro.mina"));
        add(new H1(getTranslation("franvaro.rubrik")), new Paragraph(getTranslation("franvaro.ingress")), formular, registrera,
                new H2(getTranslation(administrator ? "franvaro.alla" : "franvaro.mina")), grid);
        uppdatera();
    }

    private void registrera() {
        List.<HasValidation>of(person, fran, till, ersattare).forEach(f -> f.setInvalid(false));
        try {
            var vem = person.getValue();
            franvaro.registrera(vem == null ? null : vem.id(), fran.getValue(), till.getValue(),
                    ersattare.getValue() == null ? null : ersattare.getValue().id(), nyckel);
            // registered: the next one is another absence, with a key of its own
            nyckel = java.util.UUID.randomUUID();
            Notification.show(getTranslation("franvaro.registrerad"), 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            fran.clear();
            till.clear();
            ersattare.clear();
            uppdatera();
        } catch (AccessDeniedException | IllegalArgumentException fel) {
            var falt = falt(fel);
            falt.setErrorMessage(Meddelande.text(fel, this::getTranslation));
            falt.setInvalid(true);
        }
    }

    /** The field a refusal concerns, by its message key. */
    private HasValidation falt(RuntimeException fel) {
        var nyckel = fel instanceof HarMeddelande har ? har.meddelande().nyckel() : "";
        if (nyckel.contains("till") || nyckel.endsWith("passerad")) {
            return till;
        }
        if (nyckel.contains("ersatt") || nyckel.contains("sig-sjalv") || nyckel.contains("inaktiv")) {
            return ersattare;
        }
        return fran;
    }

    private Button avsluta(Franvaro rad) {
        var knapp = new Button(getTranslation("franvaro.avsluta"), e -> {
            franvaro.avsluta(rad.id());
            Notification.show(getTranslation("franvaro.avslutad"), 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            uppdatera();
        });
        knapp.setAriaLabel(getTranslation("franvaro.avsluta.etikett", rad.personNamn(), rad.fran().toString()));
        knapp.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return knapp;
    }

    private void uppdatera() {
        var rader = administrator ? franvaro.alla() : franvaro.mina();
        grid.setItems(rader);
        // a short list shows whole; a long one scrolls (a grid drawn whole fetches every row at once, refused beyond 10 pages)
        grid.setAllRowsVisible(rader.size() <= 50);
        grid.setHeight(rader.size() <= 50 ? null : "40em");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("franvaro.rubrik") + " – " + getTranslation("app.namn");
    }
}
