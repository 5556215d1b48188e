package se.uppdrag.workflow.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import se.uppdrag.personer.Person;
import se.uppdrag.personer.PersonId;
import se.uppdrag.personer.PersonService;
import se.uppdrag.security.Roller;
import se.uppdrag.text.Meddelande;
import se.uppdrag.workflow.Uppgift;
import se.uppdrag.workflow.UppgiftService;

/**
 * A person's open tasks, for the administrator to hand to others: where deactivating a person in the directory
 * leads, and linked from the person's page there.
 */
@Route("uppgifter/person/:id(\\d+)")
@RolesAllowed(Roller.ADMINISTRATOR)
class PersonensUppgifterView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final UppgiftService uppgifter;
    private final PersonService personer;
    private final Grid<Uppgift> grid = new Grid<>();
    private String titel = "";

    PersonensUppgifterView(UppgiftService uppgifter, PersonService personer) {
        this.uppgifter = uppgifter;
        this.personer = personer;
        setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        try {
            visa(personer.hamta(new PersonId(Long.parseLong(event.getRouteParameters().get("id").orElse("0")))));
        } catch (IllegalArgumentException saknas) {
            titel = getTranslation("katalog.uppgifter.saknas");
            add(new H1(titel), new Anchor("personer", getTranslation("katalog.uppgifter.till-personer")));
        }
    }

    private void visa(Person person) {
        titel = getTranslation("katalog.uppgifter.rubrik", person.namn());
        grid.removeAllColumns();
        grid.addColumn(u -> u.visningsnamn(this)).setHeader(getTranslation("inkorg.kolumn.uppgift")).setFlexGrow(2);
        grid.addColumn(u -> u.arende() == null ? "" : u.arende().diarienummer() == null ? u.arende().titel()
                : u.arende().titel() + " (" + u.arende().diarienummer() + ")").setHeader(getTranslation("inkorg.kolumn.uppdrag")).setFlexGrow(3);
        grid.addColumn(u -> u.forfaller() == null ? "" : u.forfaller().toString()).setHeader(getTranslation("inkorg.kolumn.forfaller"))
                .setAutoWidth(true);
        grid.addColumn(new ComponentRenderer<>(u -> {
            var knapp = new Button(getTranslation("uppgift.omfordela"), e -> new PersonDialog(personer,
                    getTranslation("uppgift.omfordela.rubrik"), till -> omfordela(person, u, till)).open());
            knapp.getElement().setAttribute("aria-label", getTranslation("katalog.uppgifter.omfordela", u.visningsnamn(this)));
            return knapp;
        })).setHeader(getTranslation("katalog.uppgifter.atgard")).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(titel);
        grid.setEmptyStateText(getTranslation("katalog.uppgifter.inga"));
        grid.setItems(uppgifter.forPerson(person.id()));
        add(new H1(titel), new Paragraph(getTranslation(person.inaktiverad() ? "katalog.uppgifter.inaktiverad" : "katalog.uppgifter.text")),
                grid, new Anchor("personer", getTranslation("katalog.uppgifter.till-personer")));
    }

    private void omfordela(Person person, Uppgift uppgift, Person till) {
        try {
            uppgifter.omfordela(uppgift.id(), till.id());
            Notification.show(getTranslation("katalog.uppgifter.omfordelad", till.namn()), 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (IllegalArgumentException | org.springframework.security.access.AccessDeniedException fel) {
            Notification.show(Meddelande.text(fel, this::getTranslation), 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        grid.setItems(uppgifter.forPerson(person.id()));
    }

    @Override
    public String getPageTitle() {
        return titel + " – " + getTranslation("app.namn");
    }
}
