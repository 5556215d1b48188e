package se.uppdrag.uppdrag.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import org.springframework.security.access.AccessDeniedException;
import se.uppdrag.security.Roller;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.tabs.TabSheet;
import se.uppdrag.text.Tidsformat;
import se.uppdrag.uppdrag.Dokumentsidan;
import se.uppdrag.uppdrag.StatusrapportService;
import se.uppdrag.uppdrag.UppdragAtgardService;
import se.uppdrag.uppdrag.UppdragId;
import se.uppdrag.uppdrag.UppdragService;
import se.uppdrag.uppdrag.UppdragStatus;
import org.jspecify.annotations.Nullable;
import se.uppdrag.uppdrag.Uppdragshandling;
import se.uppdrag.uppdrag.tidplan.ui.TidplanFlik;
import se.uppdrag.uppdrag.versioner.VersionJamforelseService;
import se.uppdrag.uppdrag.versioner.ui.VersionerFlik;

/** The uppdrag read as the document; participants and registrators only (the service checks). */
@Route("uppdrag/:id(\\d+)")
@RolesAllowed(Roller.ANVANDARE)
class UppdragDokumentView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final Dokumentsidan sidan;
    private final UppdragService service;
    private final UppdragAtgardService atgarder;
    private final VersionJamforelseService versioner;
    private final se.uppdrag.uppdrag.SekretessService sekretess;
    private final StatusrapportService statusrapporter;
    private final Tidsformat tid;
    private String titel = "";

    UppdragDokumentView(Dokumentsidan sidan, UppdragService service, UppdragAtgardService atgarder,
            VersionJamforelseService versioner, se.uppdrag.uppdrag.SekretessService sekretess, StatusrapportService statusrapporter,
            Clock klocka) {
        this.sidan = sidan;
        this.statusrapporter = statusrapporter;
        this.sekretess = sekretess;
        this.service = service;
        this.atgarder = atgarder;
        this.versioner = versioner;
        this.tid = Tidsformat.av(klocka);
        addClassName("dokument-vy");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        var id = event.getRouteParameters().get("id").flatMap(UppdragId::parse);
        try {
            visa(sidan.las(id.orElseThrow(() -> new se.uppdrag.uppdrag.UppdragNekadException("uppdrag.fel.finns-inte"))));
        } catch (AccessDeniedException nekad) {
            titel = getTranslation("fel.behorighet.rubrik");
            add(new H1(titel), new Paragraph(getTranslation("fel.behorighet")));
        }
    }

    /** The page from one read ({@link Dokumentsidan}): one transaction, one access decision. */
    private void visa(Dokumentsidan.Dokumentsida sida) {
        var handling = sida.handling();
        titel = handling.titel();
        var status = new Span(getTranslation(handling.status().textnyckel()));
        status.getElement().getThemeList().add("badge");
        status.addClassName("status");
        var tillbaka = new Button(getTranslation("knapp.till-listan"), VaadinIcon.ARROW_LEFT.create(),
                e -> getUI().ifPresent(ui -> ui.navigate("uppdrag")));
        tillbaka.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var pdf = new com.vaadin.flow.component.html.Anchor(com.vaadin.flow.server.streams.DownloadHandler.fromInputStream(
                e -> {
                    var innehall = service.pdf(handling.id());
                    return new com.vaadin.flow.server.streams.DownloadResponse(new java.io.ByteArrayInputStream(innehall),
                            filnamn(handling), "application/pdf", innehall.length);
                }), getTranslation("dokument.ladda-ner-pdf"));
        pdf.addClassName("pdf-lank");
        var knappar = new HorizontalLayout(tillbaka, status, pdf);
        knappar.setAlignItems(Alignment.CENTER);
        if (sida.kanRedigera()) {
            var redigera = new Button(getTranslation("knapp.redigera"), VaadinIcon.EDIT.create(),
                    e -> getUI().ifPresent(ui -> ui.navigate("uppdrag/" + handling.id().value() + "/redigera")));
            redigera.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            knappar.add(redigera);
        }
        if (sida.kanLamnaStatusrapport()) {
            var lamna = new Button(getTranslation("statusrapport.lamna"), VaadinIcon.CLIPBOARD_PULSE.create(),
                    e -> new StatusrapportDialog(handling.id(), statusrapporter, () -> {
                        // redrawn in place: the new report is in the history, the notification stays in sight
                        Notification.show(getTranslation("statusrapport.lamnad"), 4000, Notification.Position.BOTTOM_START);
                        removeAll();
                        visa(sidan.las(handling.id()));
                    }).open());
            lamna.addClassName("lamna-statusrapport");
            knappar.add(lamna);
        }
        if (sida.kanAtgarda()) {
            knappar.add(atgardsknappar(handling, sida.tidplan().uppdrag().stream().findFirst()
                    .map(se.uppdrag.uppdrag.tidplan.UppdragTidplan::aterredovisning).orElse(null)));
        }
        var id = handling.id();
        var rubrik = new H1(handling.titel()); // the page's one level-1 heading; the document's sections are H2
        rubrik.addClassName("dokument-rubrik");
        var flikar = new TabSheet();
        flikar.setWidthFull();
        flikar.add(getTranslation("flik.dokument"), new DokumentInnehall(handling));
        flikar.add(getTranslation("flik.historik"), new Tidslinje(sida.handelser(), tid));
        flikar.add(getTranslation("flik.uppfoljning"), new Uppfoljning(sida.remissvar(), sida.statusrapporter(),
                sida.slutrapporter(), tid));
        flikar.add(getTranslation("flik.processbild"), new Processbild(sida.processlage()));
        flikar.add(getTranslation("flik.versioner"), new VersionerFlik(id, handling.status(), sida.versioner(), versioner, tid));
        flikar.add(getTranslation("flik.tidplan"), new TidplanFlik(sida.tidplan()));
        // a changed marking redraws the view in place, so that its notification stays in sight
        add(rubrik, new SekretessVisning(id, sida.sekretess(), sekretess, () -> {
            removeAll();
            visa(sidan.las(id));
        }), knappar);
        var kedja = sida.kedja();
        if (!kedja.arEnsam()) {
            add(new ErsattningskedjaVisning(kedja));
        }
        add(flikar);
    }

    private HorizontalLayout atgardsknappar(Uppdragshandling handling, java.time.@Nullable LocalDate aterredovisning) {
        var id = handling.id();
        var rad = new HorizontalLayout();
        // one key per button or dialog: the same submission sent again is applied once; a success reloads the page
        var aterupptaNyckel = java.util.UUID.randomUUID();
        if (handling.status() == UppdragStatus.PAUSAT) {
            rad.add(new Button(getTranslation("atgard.ateruppta"), e -> gor(() -> atgarder.ateruppta(id, aterupptaNyckel), "atgard.aterupptaget")));
        } else {
            rad.add(new Button(getTranslation("atgard.pausa"), e -> {
                var nyckel = java.util.UUID.randomUUID();
                new SkalDialog(getTranslation("atgard.pausa.rubrik"), getTranslation("atgard.pausa"), true,
                        skal -> gor(() -> atgarder.pausa(id, skal, nyckel), "atgard.pausat")).open();
            }));
        }
        if (handling.status() == UppdragStatus.PAGAENDE || handling.status() == UppdragStatus.PAUSAT) {
            rad.add(new Button(getTranslation("atgard.flytta-aterredovisning"), e -> new AterredovisningDialog(id, aterredovisning,
                    atgarder, () -> klart("atgard.aterredovisning-flyttad")).open()));
        }
        rad.add(new Button(getTranslation("atgard.revidera"), e -> {
            var nyckel = java.util.UUID.randomUUID();
            new SkalDialog(getTranslation("atgard.revidera.rubrik"), getTranslation("atgard.revidera"), false, skal -> {
                var ny = atgarder.revidera(id, nyckel);
                getUI().ifPresent(ui -> ui.navigate("uppdrag/" + ny.value()));
            }).open();
        }));
        var stryk = new Button(getTranslation("atgard.stryk"), e -> {
            var nyckel = java.util.UUID.randomUUID();
            new SkalDialog(getTranslation("atgard.stryk.rubrik"), getTranslation("atgard.stryk"), true,
                    skal -> gor(() -> atgarder.stryk(id, skal, nyckel), "atgard.struket")).open();
        });
        stryk.addThemeVariants(ButtonVariant.LUMO_ERROR);
        rad.add(stryk);
        return rad;
    }

    private void gor(Runnable atgard, String klartNyckel) {
        atgard.run();
        klart(klartNyckel);
    }

    private void klart(String klartNyckel) {
        Notification.show(getTranslation(klartNyckel), 4000, Notification.Position.BOTTOM_START);
        getUI().ifPresent(ui -> ui.getPage().reload());
    }

    private static String filnamn(Uppdragshandling handling) {
        return se.uppdrag.uppdrag.dokument.UppdragshandlingPdf.filnamn(
                handling.diarienummer() == null ? null : handling.diarienummer().toString(), handling.titel());
    }

    @Override
    public String getPageTitle() {
        return titel + " – " + getTranslation("app.namn");
    }
}
