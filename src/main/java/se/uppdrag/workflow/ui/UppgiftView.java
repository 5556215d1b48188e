package se.uppdrag.workflow.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import se.uppdrag.personer.PersonService;
import se.uppdrag.security.CurrentUser;
import se.uppdrag.security.Roller;
import se.uppdrag.text.Tidsformat;
import se.uppdrag.workflow.FranvaroService;
import se.uppdrag.workflow.Uppgift;
import se.uppdrag.workflow.UppgiftService;
import se.uppdrag.workflow.UppgiftsFormular;

/** One task: its form beside what it concerns, with claim, release, delegate, reassign and comments. */
@Route("uppgifter/:id")
@RolesAllowed(Roller.ANVANDARE)
class UppgiftView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final UppgiftService uppgifter;
    private final FranvaroService franvaro;
    private final List<UppgiftsFormular> formular;
    private final PersonService personer;
    private final CurrentUser currentUser;
    private final Tidsformat tid;
    private String titel = "";

    UppgiftView(UppgiftService uppgifter, FranvaroService franvaro, List<UppgiftsFormular> formular, PersonService personer, CurrentUser currentUser,
            Clock klocka) {
        this.uppgifter = uppgifter;
        this.franvaro = franvaro;
        this.formular = formular;
        this.personer = personer;
        this.currentUser = currentUser;
        this.tid = Tidsformat.av(klocka);
        setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = event.getRouteParameters().get("id").orElse("");
        removeAll();
        try {
            visa(uppgifter.hamta(id));
        } catch (AccessDeniedException nekad) {
            titel = getTranslation("uppgift.saknas.rubrik");
            add(new H1(titel), new Paragraph(se.uppdrag.text.Meddelande.text(nekad, this::getTranslation)), new Anchor("uppgifter", getTranslation("uppgift.till-inkorgen")));
        }
    }

    private void visa(Uppgift uppgift) {
        titel = uppgift.visningsnamn(this);
        add(new H1(titel), fakta(uppgift));
        franvaro.varfor(uppgift).ifPresent(varfor -> {
            var rad = new Paragraph(varfor.text(this::getTranslation));
            rad.addClassName("uppgift-ersattare");
            rad.getElement().getThemeList().add("badge");
            add(rad);
        });
        add(knappar(uppgift));
        var kolumner = new HorizontalLayout();
        kolumner.setWidthFull();
        kolumner.setWrap(true);
        kolumner.setAlignItems(FlexComponent.Alignment.START);
        var vanster = new VerticalLayout();
        vanster.setPadding(false);
        vanster.setMaxWidth("40em");
        vanster.addClassName("uppgift-formular");
        var minEgen = uppgift.tilldelad() != null && uppgift.tilldelad().equals(currentUser.require().personId());
        var sitt = formular.stream().filter(f -> f.hanterar(uppgift.typ())).findFirst();
        if (minEgen && sitt.isPresent()) {
            vanster.add(sitt.get().formular(uppgift, this::klar));
        } else if (uppgift.kanTas()) {
            vanster.add(new Paragraph(getTranslation("uppgift.ta-forst")));
        }
        vanster.add(new Kommentarer(uppgifter, uppgift.id(), tid));
        kolumner.add(vanster);
        sitt.ifPresent(f -> {
            var arende = f.arende(uppgift);
            arende.getElement().getClassList().add("uppgift-arende");
            kolumner.add(arende);
            kolumner.setFlexGrow(1, arende);
        });
        add(kolumner);
    }

    private Component fakta(Uppgift uppgift) {
        var rad = new Div();
        rad.addClassName("uppgift-fakta");
        var arende = uppgift.arende();
        if (arende != null) {
            rad.add(new Anchor(arende.lank(), arende.diarienummer() == null ? arende.titel() : arende.titel() + " (" + arende.diarienummer() + ")"));
        }
        if (uppgift.forfaller() != null) {
            rad.add(new Span(" · " + getTranslation("uppgift.forfaller", uppgift.forfaller())));
        }
        if (uppgift.forsenad()) {
            var sen = new Span(getTranslation("inkorg.forsenad"));
            sen.getElement().getThemeList().add("badge error");
            rad.add(new Span(" "), sen);
        }
        if (uppgift.arDelegerad()) {
            rad.add(new Span(" · " + getTranslation("uppgift.delegerad-fran", personer.hamta(uppgift.delegeradAv()).namn())));
        }
        return rad;
    }

    private Component knappar(Uppgift uppgift) {
        // one key per button of this page: a success reloads the page, which makes new ones
        var taNyckel = java.util.UUID.randomUUID();
        var slappNyckel = java.util.UUID.randomUUID();
        var rad = new HorizontalLayout();
        if (uppgift.kanTas()) {
            var ta = new Button(getTranslation("uppgift.ta"), e -> atgard(() -> uppgifter.ta(uppgift.id(), taNyckel), "uppgift.tagen"));
            ta.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            rad.add(ta);
        }
        var mojligt = uppgifter.mojligheter(uppgift.id());
        if (mojligt.slappa()) {
            rad.add(new Button(getTranslation("uppgift.slapp"), e -> atgard(() -> uppgifter.slapp(uppgift.id(), slappNyckel), "uppgift.slappt")));
        }
        if (mojligt.delegera()) {
            rad.add(new Button(getTranslation("uppgift.delegera"), e -> {
                var nyckel = java.util.UUID.randomUUID(); // one per dialog: choosing again in the same dialog is the same submission
                new PersonDialog(personer, getTranslation("uppgift.delegera.rubrik"),
                        person -> atgard(() -> uppgifter.delegera(uppgift.id(), person.id(), nyckel), "uppgift.delegerad")).open();
            }));
        }
        if (!uppgift.kanTas() && mojligt.omfordela()) {
            rad.add(new Button(getTranslation("uppgift.omfordela"), e -> {
                var nyckel = java.util.UUID.randomUUID();
                new PersonDialog(personer, getTranslation("uppgift.omfordela.rubrik"),
                        person -> atgard(() -> uppgifter.omfordela(uppgift.id(), person.id(), nyckel), "uppgift.omfordelad")).open();
            }));
        }
        return rad;
    }

    private void atgard(Runnable atgard, String klartNyckel) {
        try {
            atgard.run();
            Notification.show(getTranslation(klartNyckel), 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            getUI().ifPresent(ui -> ui.getPage().reload());
        } catch (AccessDeniedException | IllegalArgumentException fel) {
            Notification.show(se.uppdrag.text.Meddelande.text(fel, this::getTranslation), 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private void klar() {
        Notification.show(getTranslation("uppgift.klar"), 4000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        getUI().ifPresent(ui -> ui.navigate("uppgifter"));
    }

    @Override
    public String getPageTitle() {
        return titel + " – " + getTranslation("app.namn");
    }
}
