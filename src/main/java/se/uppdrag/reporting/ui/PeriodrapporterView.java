package se.uppdrag.reporting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import se.uppdrag.personer.Person;
import se.uppdrag.personer.PersonService;
import se.uppdrag.personer.PersonValjare;
import se.uppdrag.reporting.Periodrapport;
import se.uppdrag.reporting.PeriodrapportFelException;
import se.uppdrag.reporting.PeriodrapportService;
import se.uppdrag.reporting.Rapporttexter;
import se.uppdrag.reporting.UppfoljningsrapportService;
import se.uppdrag.security.Roller;
import se.uppdrag.text.Meddelande;

/**
 * The period reports the user compiles, decides or, as registrator or administrator, keeps: the list, and for
 * registrators and administrators the form that starts a new one for a period and unit with its decision-maker.
 */
@Route("uppfoljningsrapporter")
@Menu(title = "periodrapport.meny", order = 45, icon = "vaadin:book")
@RolesAllowed(Roller.ANVANDARE)
class PeriodrapporterView extends VerticalLayout implements HasDynamicTitle {

    private final PeriodrapportService service;
    private final Grid<Periodrapport> lista = new Grid<>();
    private final TextField titel = new TextField();
    private final ComboBox<String> enhet = new ComboBox<>();
    private final ComboBox<Person> beslutsfattare;
    private final Periodvaljare period;
    private UUID nyckel = UUID.randomUUID();

    PeriodrapporterView(PeriodrapportService service, UppfoljningsrapportService uppfoljning, PersonService personer) {
        this.service = service;
        var texter = Rapporttexter.pa(getLocale());
        add(new H1(getTranslation("periodrapport.rubrik")), new Paragraph(getTranslation("periodrapport.ingress")));
        lista.addComponentColumn(r -> new Anchor("uppfoljningsrapporter/" + r.id().value(), r.titel()))
                .setHeader(getTranslation("periodrapport.kol.titel")).setFlexGrow(3);
        lista.addColumn(r -> texter.period(r.period())).setHeader(getTranslation("rapport.period")).setAutoWidth(true);
        lista.addColumn(r -> r.enhet() != null ? r.enhet() : getTranslation("rapport.alla-enheter"))
                .setHeader(getTranslation("rapport.enhet")).setAutoWidth(true);
        lista.addColumn(r -> getTranslation("periodrapport.status." + r.status().name()))
                .setHeader(getTranslation("periodrapport.kol.status")).setAutoWidth(true);
        lista.addColumn(Periodrapport::sammanstallareNamn).setHeader(getTranslation("periodrapport.kol.sammanstallare")).setAutoWidth(true);
        lista.addColumn(Periodrapport::beslutsfattareNamn).setHeader(getTranslation("periodrapport.kol.beslutsfattare")).setAutoWidth(true);
        lista.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        lista.setAllRowsVisible(true);
        lista.setAriaLabel(getTranslation("periodrapport.rubrik"));
        lista.setEmptyStateText(getTranslation("periodrapport.inga"));
        lista.setItems(service.lista());
        add(lista);
        beslutsfattare = PersonValjare.en(personer, getTranslation("periodrapport.falt.beslutsfattare"));
        period = new Periodvaljare(this, texter, uppfoljning.standardperiod(), () -> { });
        if (service.farStarta()) {
            ny(uppfoljning);
        }
    }

    private void ny(UppfoljningsrapportService uppfoljning) {
        titel.setLabel(getTranslation("periodrapport.falt.titel"));
        titel.setMaxLength(300);
        titel.setWidthFull();
        enhet.setLabel(getTranslation("rapport.enhet"));
        enhet.setPlaceholder(getTranslation("rapport.alla-enheter"));
        enhet.setItems(uppfoljning.enheter());
        enhet.setClearButtonVisible(true);
        beslutsfattare.setHelperText(getTranslation("periodrapport.falt.beslutsfattare.hjalp"));
        var starta = new Button(getTranslation("periodrapport.starta"), e -> starta());
        starta.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        starta.setId("periodrapport-starta");
        var formular = new FormLayout(titel, beslutsfattare, enhet);
        var perioden = new HorizontalLayout(period.period, period.fran, period.till);
        perioden.setAlignItems(Alignment.BASELINE);
        add(new H2(getTranslation("periodrapport.ny")), formular, perioden, starta);
    }

    private void starta() {
        titel.setInvalid(false);
        beslutsfattare.setInvalid(false);
        var vald = period.vald();
        if (vald == null) {
            return;
        }
        try {
            var rapport = service.starta(new PeriodrapportService.Ny(titel.getValue(), vald, enhet.getValue(),
                    beslutsfattare.getValue() == null ? null : beslutsfattare.getValue().id()), nyckel);
            nyckel = UUID.randomUUID();
            getUI().ifPresent(ui -> ui.navigate(PeriodrapportView.class, new RouteParameters("id", String.valueOf(rapport.id().value()))));
        } catch (PeriodrapportFelException fel) {
            var text = Meddelande.text(fel, this::getTranslation);
            switch (fel.falt()) {
                case "titel" -> {
                    titel.setErrorMessage(text);
                    titel.setInvalid(true);
                }
                case "beslutsfattare" -> {
                    beslutsfattare.setErrorMessage(text);
                    beslutsfattare.setInvalid(true);
                }
                default -> period.fel(fel);
            }
        } catch (IllegalArgumentException | AccessDeniedException fel) {
            if (fel instanceof IllegalArgumentException && beslutsfattare.getValue() != null) {
                beslutsfattare.setErrorMessage(Meddelande.text(fel, this::getTranslation));
                beslutsfattare.setInvalid(true);
            } else {
                Notification.show(Meddelande.text(fel, this::getTranslation), 6000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        }
    }

    TextField titelfalt() {
        return titel;
    }

    ComboBox<Person> beslutsfattarval() {
        return beslutsfattare;
    }

    ComboBox<String> enhetsval() {
        return enhet;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("periodrapport.rubrik") + " – " + getTranslation("app.namn");
    }
}
