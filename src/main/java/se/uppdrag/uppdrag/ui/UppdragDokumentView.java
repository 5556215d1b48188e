package se.uppdrag.uppdrag.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.security.access.AccessDeniedException;
import se.uppdrag.security.Roller;
import se.uppdrag.uppdrag.UppdragId;
import se.uppdrag.uppdrag.UppdragService;
import se.uppdrag.uppdrag.Uppdragshandling;

/** The uppdrag read as the document; participants and registrators only (the service checks). */
@Route("uppdrag/:id(\\d+)")
@RolesAllowed(Roller.ANVANDARE)
class UppdragDokumentView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final UppdragService service;
    private String titel = "";

    UppdragDokumentView(UppdragService service) {
        this.service = service;
        addClassName("dokument-vy");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        var id = event.getRouteParameters().get("id").flatMap(UppdragId::parse);
        try {
            visa(service.hamta(id.orElseThrow(() -> new AccessDeniedException("Okänt uppdrag"))));
        } catch (AccessDeniedException nekad) {
            titel = getTranslation("fel.behorighet.rubrik");
            add(new H1(titel), new Paragraph(getTranslation("fel.behorighet")));
        }
    }

    private void visa(Uppdragshandling handling) {
        titel = handling.titel();
        var status = new Span(getTranslation(handling.status().textnyckel()));
        status.getElement().getThemeList().add("badge");
        status.addClassName("status");
        var tillbaka = new Button(getTranslation("knapp.till-listan"), VaadinIcon.ARROW_LEFT.create(),
                e -> getUI().ifPresent(ui -> ui.navigate("uppdrag")));
        tillbaka.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var knappar = new HorizontalLayout(tillbaka, status);
        knappar.setAlignItems(Alignment.CENTER);
        if (service.kanRedigera(handling.id())) {
            var redigera = new Button(getTranslation("knapp.redigera"), VaadinIcon.EDIT.create(),
                    e -> getUI().ifPresent(ui -> ui.navigate("uppdrag/" + handling.id().value() + "/redigera")));
            redigera.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            knappar.add(redigera);
        }
        add(knappar, new DokumentInnehall(handling));
    }

    @Override
    public String getPageTitle() {
        return titel + " – " + getTranslation("app.namn");
    }
}
