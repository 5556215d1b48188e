package se.uppdrag.reporting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.security.access.AccessDeniedException;
import se.uppdrag.reporting.Periodrapport;
import se.uppdrag.reporting.PeriodrapportId;
import se.uppdrag.reporting.PeriodrapportNekadException;
import se.uppdrag.reporting.PeriodrapportService;
import se.uppdrag.security.CurrentUser;
import se.uppdrag.security.Roller;
import se.uppdrag.ui.Bakgrundsarbeten;

/**
 * A period report's page (the link in its mails): where it stands, what the user can do with it, its downloads and
 * the report itself, drawn from the data while a draft and as kept once marked ready or approved.
 */
@Route("uppfoljningsrapporter/:id(\\d+)")
@RolesAllowed(Roller.ANVANDARE)
class PeriodrapportView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final PeriodrapportService service;
    private final CurrentUser currentUser;
    private final Bakgrundsarbeten bakgrund;
    private final DokumentVisning dokument = new DokumentVisning();
    private String titel = "";

    PeriodrapportView(PeriodrapportService service, CurrentUser currentUser, Bakgrundsarbeten bakgrund) {
        this.service = service;
        this.currentUser = currentUser;
        this.bakgrund = bakgrund;
        addClassName("rapport-vy");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        try {
            var id = event.getRouteParameters().get("id").map(Long::parseLong).map(PeriodrapportId::new)
                    .orElseThrow(() -> new PeriodrapportNekadException("periodrapport.fel.finns-inte"));
            visa(service.hamta(id));
        } catch (AccessDeniedException | NumberFormatException nekad) {
            titel = getTranslation("fel.behorighet.rubrik");
            add(new H1(titel), new Paragraph(getTranslation("periodrapport.fel.finns-inte")));
        }
    }

    private void visa(Periodrapport rapport) {
        removeAll();
        titel = rapport.titel();
        var tillbaka = new Button(getTranslation("periodrapport.till-listan"), VaadinIcon.ARROW_LEFT.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(PeriodrapporterView.class)));
        tillbaka.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var filer = new HorizontalLayout(
                new Rapportnedladdning(bakgrund, this, getTranslation("rapport.ladda-ner-pdf"), "pdf",
                        typ -> () -> fil(rapport, service.pdf(rapport.id()))),
                new Rapportnedladdning(bakgrund, this, getTranslation("rapport.ladda-ner-xlsx"), "xlsx",
                        typ -> () -> fil(rapport, service.xlsx(rapport.id()))));
        add(tillbaka, new H1(rapport.titel()), new Periodrapportarbete(service, currentUser, rapport,
                () -> visa(service.hamta(rapport.id()))), filer);
        var summor = service.kontrollsummor(rapport.id());
        if (summor != null) {
            var kontroll = new Paragraph(getTranslation("periodrapport.kontrollsummor", summor.get(0), summor.get(1)));
            kontroll.addClassName("periodrapport-kontrollsummor");
            add(kontroll);
        }
        if (!rapport.arFryst()) {
            add(new Paragraph(getTranslation("periodrapport.utkast.forklaring")));
        }
        dokument.visa(service.dokument(rapport.id()));
        add(dokument);
    }

    private static Rapportnedladdning.Fil fil(Periodrapport rapport, byte[] innehall) {
        return new Rapportnedladdning.Fil(innehall, rapport.titel());
    }

    @Override
    public String getPageTitle() {
        return titel + " – " + getTranslation("app.namn");
    }
}
