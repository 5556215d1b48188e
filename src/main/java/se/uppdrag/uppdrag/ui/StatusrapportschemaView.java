package se.uppdrag.uppdrag.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import se.uppdrag.security.Roller;
import se.uppdrag.text.Meddelande;
import se.uppdrag.uppdrag.RapportschemaFelException;
import se.uppdrag.uppdrag.StatusrapportschemaService;
import se.uppdrag.uppdrag.Statusrapportering;

/**
 * The administrator's status report schedule: the dates (MM-dd) of each cadence. Saving moves the running uppdrag's
 * next request to the new dates; a bad date is shown at its cadence's field.
 */
@Route("statusrapporter")
@Menu(title = "statusrapportschema.meny", order = 104, icon = "vaadin:calendar-clock")
@RolesAllowed(Roller.ADMINISTRATOR)
class StatusrapportschemaView extends VerticalLayout implements HasDynamicTitle {

    private final StatusrapportschemaService service;
    private final Map<Statusrapportering, TextField> falt = new EnumMap<>(Statusrapportering.class);
    /** The key of the save in progress: the same "Spara" sent again (its reply never came) is applied once. */
    private UUID nyckel = UUID.randomUUID();

    StatusrapportschemaView(StatusrapportschemaService service) {
        this.service = service;
        var formular = new FormLayout();
        for (var rapportering : Statusrapportering.values()) {
            var text = new TextField(getTranslation("statusrapportering." + rapportering.name()));
            text.setHelperText(getTranslation("statusrapportschema.hjalp." + rapportering.name()));
            text.setPlaceholder(getTranslation("statusrapportschema.exempel"));
            text.setRequiredIndicatorVisible(true);
            text.setMaxLength(200);
            text.setWidthFull();
            text.addValueChangeListener(e -> text.setInvalid(false));
            falt.put(rapportering, text);
            formular.add(text);
        }
        formular.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        formular.setMaxWidth("40em");
        var spara = new Button(getTranslation("statusrapportschema.spara"), e -> spara());
        spara.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H1(getTranslation("statusrapportschema.rubrik")), new Paragraph(getTranslation("statusrapportschema.ingress")),
                formular, spara);
        visa();
    }

    private void visa() {
        var schema = service.schema();
        falt.forEach((rapportering, text) -> text.setValue(schema.text(rapportering)));
    }

    private void spara() {
        falt.values().forEach(text -> text.setInvalid(false));
        var datum = new EnumMap<Statusrapportering, String>(Statusrapportering.class);
        falt.forEach((rapportering, text) -> datum.put(rapportering, text.getValue()));
        try {
            var flyttade = service.spara(datum, nyckel);
            nyckel = UUID.randomUUID();
            visa();
            Notification.show(getTranslation("statusrapportschema.sparat", flyttade), 6000, Notification.Position.BOTTOM_START);
        } catch (RapportschemaFelException fel) {
            var text = falt.get(fel.rapportering());
            text.setErrorMessage(Meddelande.text(fel, this::getTranslation));
            text.setInvalid(true);
            text.focus();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("statusrapportschema.rubrik") + " – " + getTranslation("app.namn");
    }
}
