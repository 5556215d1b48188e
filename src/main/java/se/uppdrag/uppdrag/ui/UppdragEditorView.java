package se.uppdrag.uppdrag.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import se.uppdrag.personer.PersonService;
import se.uppdrag.security.Roller;
import se.uppdrag.uppdrag.OgiltigtUppdragException;
import se.uppdrag.uppdrag.UppdragId;
import se.uppdrag.uppdrag.UppdragKonfliktException;
import se.uppdrag.uppdrag.UppdragListaService;
import se.uppdrag.uppdrag.UppdragService;
import se.uppdrag.uppdrag.Uppdragshandling;

/** Nytt uppdrag and Redigera: the editor of a draft. A failed save keeps everything the user typed. */
@Route("uppdrag/:id(\\d+)/redigera")
@RouteAlias("uppdrag/ny")
@RolesAllowed(Roller.ANVANDARE)
class UppdragEditorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final DateTimeFormatter TID = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Europe/Stockholm"));
    private final UppdragService service;
    private final Valjare valjare;
    private final H1 rubrik = new H1();
    private final Paragraph meddelande = new Paragraph();
    private UppdragFormular formular;

    UppdragEditorView(UppdragService service, UppdragListaService lista, PersonService personer) {
        this.service = service;
        this.valjare = new Valjare(personer, lista);
        meddelande.addClassName("konflikt");
        meddelande.getElement().setAttribute("role", "alert");
        meddelande.setVisible(false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = event.getRouteParameters().get("id").flatMap(UppdragId::parse);
        try {
            if (id.isPresent() && !service.kanRedigera(id.get())) {
                event.forwardTo("uppdrag/" + id.get().value());
                Notification.show(getTranslation("fel.bara-agaren"), 6000, Notification.Position.MIDDLE);
                return;
            }
            visa(id.isPresent() ? service.hamta(id.get()) : service.nyttUtkast());
        } catch (AccessDeniedException nekad) {
            removeAll();
            add(new H1(getTranslation("fel.behorighet.rubrik")), new Paragraph(getTranslation("fel.behorighet")));
        }
    }

    private void visa(Uppdragshandling handling) {
        removeAll();
        rubrik.setText(getTranslation(handling.arNytt() ? "editor.rubrik.ny" : "editor.rubrik.redigera"));
        formular = new UppdragFormular(valjare, handling);
        var spara = new Button(getTranslation("knapp.spara-utkast"), e -> spara());
        spara.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var avbryt = new Button(getTranslation("knapp.avbryt"), e -> getUI().ifPresent(ui -> ui.navigate(
                handling.arNytt() ? "uppdrag" : "uppdrag/" + handling.id().value())));
        var knappar = new HorizontalLayout(spara, avbryt);
        knappar.addClassName("knapprad");
        add(rubrik, meddelande, formular, knappar);
    }

    private void spara() {
        meddelande.setVisible(false);
        var handling = formular.skriv();
        if (handling.isEmpty()) {
            visaFel(getTranslation("fel.formular"));
            return;
        }
        try {
            var sparad = handling.get().arNytt() ? service.skapa(handling.get()) : service.spara(handling.get());
            Notification.show(getTranslation("editor.sparat"), 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            getUI().ifPresent(ui -> ui.navigate("uppdrag/" + sparad.id().value()));
        } catch (OgiltigtUppdragException ogiltigt) {
            formular.visaFel(ogiltigt.fel());
            visaFel(getTranslation("fel.formular") + " " + String.join(" ", ogiltigt.fel().values()));
        } catch (UppdragKonfliktException konflikt) {
            visaKonflikt(konflikt.andradAv(), konflikt.andrad() == null ? "" : TID.format(konflikt.andrad()));
        } catch (OptimisticLockingFailureException samtidigt) {
            visaKonflikt(getTranslation("konflikt.nagon"), "");
        }
    }

    private void visaKonflikt(String vem, String nar) {
        meddelande.removeAll();
        var id = formular.original().id();
        meddelande.add(getTranslation("konflikt.text", vem, nar) + " ");
        meddelande.add(new Anchor("uppdrag/" + id.value(), getTranslation("konflikt.oppna"), com.vaadin.flow.component.html.AnchorTarget.BLANK));
        meddelande.setVisible(true);
        meddelande.scrollIntoView();
    }

    private void visaFel(String text) {
        var notification = Notification.show(text, 8000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    @Override
    public String getPageTitle() {
        return rubrik.getText() + " – " + getTranslation("app.namn");
    }
}
