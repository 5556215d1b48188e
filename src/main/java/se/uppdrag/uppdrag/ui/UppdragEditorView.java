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
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.function.Consumer;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import se.uppdrag.personer.PersonService;
import se.uppdrag.plan.PlanService;
import se.uppdrag.security.Roller;
import se.uppdrag.text.Tidsformat;
import se.uppdrag.uppdrag.BeslutService;
import se.uppdrag.uppdrag.Beslutsratt;
import se.uppdrag.uppdrag.OgiltigtUppdragException;
import se.uppdrag.uppdrag.UppdragId;
import se.uppdrag.uppdrag.UppdragKonfliktException;
import se.uppdrag.uppdrag.UppdragListaService;
import se.uppdrag.uppdrag.UppdragService;
import se.uppdrag.uppdrag.Uppdragshandling;

/**
 * Redigera, and as {@link NyttUppdragView} Nytt uppdrag: the editor of a draft. A failed save keeps everything the user
 * typed. Beside the buttons it says what a decision still needs; a draft is saved without it, but "Skicka för beslut"
 * marks each missing field first.
 */
@Route("uppdrag/:id(\\d+)/redigera")
@RolesAllowed(Roller.ANVANDARE)
class UppdragEditorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final UppdragService service;
    private final BeslutService beslut;
    private final Clock clock;
    private final Valjare valjare;
    private final Beslutsratten beslutsratten;
    private final H1 rubrik = new H1();
    private final Paragraph meddelande = new Paragraph();
    private final BeslutskravSammanfattning beslutskrav = new BeslutskravSammanfattning();
    private UppdragFormular formular;
    /**
     * Made once per form: a "Spara utkast" sent again (its reply never came, the database went away after the commit, a
     * second click) finds what the first did: the draft it made (a new one, V20) or its save of a stored one (V21, not
     * "someone else got there first"). Every success leaves the view, so a new save is a new form with a new key.
     */
    private java.util.UUID sparnyckel = java.util.UUID.randomUUID();
    /** The same for "Skicka för beslut" from here, which after its save sends the draft on. */
    private java.util.UUID skickanyckel = java.util.UUID.randomUUID();

    UppdragEditorView(UppdragService service, UppdragListaService lista, PersonService personer, BeslutService beslut,
            Beslutsratt beslutsratt, Clock clock, PlanService planer) {
        this.service = service;
        this.beslut = beslut;
        this.clock = clock;
        this.valjare = new Valjare(personer, lista, planer);
        this.beslutsratten = new Beslutsratten(beslutsratt, personer);
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
        formular = new UppdragFormular(valjare, handling, clock, beslutsratten);
        sparnyckel = java.util.UUID.randomUUID();
        skickanyckel = java.util.UUID.randomUUID();
        formular.beslutsdatumForSlutleverans(service.beslutsdatumForSlutleverans(handling));
        beslutskrav.visa(formular.beslutskrav());
        formular.narBeslutskravAndras(() -> beslutskrav.visa(formular.beslutskrav()));
        var spara = new Button(getTranslation("knapp.spara-utkast"), e -> spara(sparad -> visaSparat(sparad, "editor.sparat")));
        spara.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var avbryt = new Button(getTranslation("knapp.avbryt"), e -> getUI().ifPresent(ui -> ui.navigate(
                handling.arNytt() ? "uppdrag" : "uppdrag/" + handling.id().value())));
        var knappar = new HorizontalLayout(spara);
        // the owner sends it from here too: a new draft becomes theirs to send once saved
        if (handling.arNytt() || beslut.kanSkickasForBeslut(handling.id())) {
            knappar.add(new Button(getTranslation("utkast.skicka-for-beslut"), e -> skickaForBeslut()));
        }
        knappar.add(avbryt);
        knappar.addClassName("knapprad");
        add(rubrik, meddelande, formular, beslutskrav, knappar);
    }

    /** Everything a decision needs must be filled in first: each missing field says so, and nothing is saved or sent. */
    private void skickaForBeslut() {
        var saknas = formular.beslutskrav();
        if (!saknas.isEmpty()) {
            formular.visaBeslutskrav(saknas);
            beslutskrav.visa(saknas);
            visaFel(BeslutskravSammanfattning.text(this, saknas));
            return;
        }
        var utanBeslutsratt = formular.visaBeslutsratt();
        if (utanBeslutsratt != null) {
            visaFel(utanBeslutsratt);
            return;
        }
        spara(sparad -> {
            try {
                beslut.skickaForBeslut(sparad.id(), skickanyckel);
                visaSparat(sparad, "editor.skickat-for-beslut");
            } catch (IllegalArgumentException | AccessDeniedException inte) {
                // saved, but not sent: the document shows what was saved
                getUI().ifPresent(ui -> ui.navigate("uppdrag/" + sparad.id().value()));
                visaFel(inte instanceof se.uppdrag.uppdrag.SaknasForBeslutException saknasNu
                        ? BeslutskravSammanfattning.text(this, saknasNu.saknas()) : se.uppdrag.text.Meddelande.text(inte, this::getTranslation));
            }
        });
    }

    private void visaSparat(Uppdragshandling sparad, String nyckel) {
        Notification.show(getTranslation(nyckel), 4000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        getUI().ifPresent(ui -> ui.navigate("uppdrag/" + sparad.id().value()));
    }

    private void spara(Consumer<Uppdragshandling> efter) {
        meddelande.setVisible(false);
        var handling = formular.skriv();
        if (handling.isEmpty()) {
            visaFel(getTranslation("fel.formular"));
            return;
        }
        try {
            efter.accept(handling.get().arNytt() ? service.skapa(handling.get(), sparnyckel) : service.spara(handling.get(), sparnyckel));
        } catch (OgiltigtUppdragException ogiltigt) {
            var fel = new java.util.LinkedHashMap<String, String>();
            ogiltigt.meddelanden().forEach((falt, text) -> fel.put(falt, text.text(this::getTranslation)));
            formular.visaFel(fel);
            visaFel(getTranslation("fel.formular") + " " + String.join(" ", fel.values()));
        } catch (UppdragKonfliktException konflikt) {
            visaKonflikt(konflikt.andradAv(), konflikt.andrad() == null ? "" : Tidsformat.av(clock).minut(konflikt.andrad()));
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
