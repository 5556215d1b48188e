package se.uppdrag.reporting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.security.access.AccessDeniedException;
import se.uppdrag.reporting.Periodrapport;
import se.uppdrag.reporting.Periodrapport.Status;
import se.uppdrag.reporting.PeriodrapportFelException;
import se.uppdrag.reporting.PeriodrapportService;
import se.uppdrag.reporting.Rapporttexter;
import se.uppdrag.reporting.Uppfoljningsrapport.Placering;
import se.uppdrag.security.CurrentUser;
import se.uppdrag.text.Meddelande;

/**
 * What a person can do with a period report where it stands: the compiler writes the summaries per plan and målområde
 * and marks it ready; the decision-maker approves it or sends it back with a reason; everyone who reads it sees its
 * state, who compiles and decides it, and why it was sent back. Used on the report's page and as its tasks' form.
 */
class Periodrapportarbete extends VerticalLayout {

    private final PeriodrapportService service;
    private final CurrentUser currentUser;
    private final Runnable efterSteg;
    private final Map<Placering, TextArea> sammanfattningar = new LinkedHashMap<>();
    private final TextArea kommentar = new TextArea();
    private UUID nyckel = UUID.randomUUID();
    private Periodrapport rapport;

    Periodrapportarbete(PeriodrapportService service, CurrentUser currentUser, Periodrapport rapport, Runnable efterSteg) {
        this.service = service;
        this.currentUser = currentUser;
        this.rapport = rapport;
        this.efterSteg = efterSteg;
        setPadding(false);
        addClassName("periodrapport-arbete");
        visa();
    }

    private void visa() {
        removeAll();
        sammanfattningar.clear();
        add(lage());
        var jag = currentUser.require().personId();
        if (rapport.status() == Status.UTKAST && rapport.sammanstallare().equals(jag)) {
            sammanstallning();
        } else if (rapport.status() == Status.KLAR && rapport.beslutsfattare().equals(jag)) {
            godkannande();
        }
    }

    private Div lage() {
        var t = Rapporttexter.pa(getLocale());
        var status = new Span(getTranslation("periodrapport.status." + rapport.status().name()));
        status.getElement().getThemeList().add(rapport.status() == Status.GODKAND ? "badge success" : "badge");
        status.setId("periodrapport-status");
        var rad = new Div(status, new Span(" " + t.period(rapport.period()) + ", "
                + (rapport.enhet() != null ? rapport.enhet() : getTranslation("rapport.alla-enheter")) + ". "
                + getTranslation("periodrapport.personer", rapport.sammanstallareNamn(), rapport.beslutsfattareNamn())));
        var lage = new Div(rad);
        if (rapport.aterremiss() != null) {
            var skal = new Paragraph(getTranslation("periodrapport.aterremitterad", rapport.aterremiss()));
            skal.setId("periodrapport-aterremiss");
            lage.add(skal);
        }
        if (rapport.per() != null) {
            lage.add(new Paragraph(getTranslation(rapport.status() == Status.GODKAND ? "periodrapport.fryst" : "periodrapport.klar-per",
                    rapport.per().toString())));
        }
        return lage;
    }

    /** The compiler's part: a summary per part of the report, saved, or saved and marked ready. */
    private void sammanstallning() {
        add(new H2(getTranslation("periodrapport.sammanfattningar")), new Paragraph(getTranslation("periodrapport.sammanfattningar.hjalp")));
        var t = Rapporttexter.pa(getLocale());
        var grupper = service.underlag(rapport.id()).grupper();
        for (var grupp : grupper) {
            var falt = new TextArea(getTranslation("periodrapport.sammanfattning") + " – " + t.grupp(grupp));
            falt.setWidthFull();
            falt.setMaxLength(8000);
            falt.setMinRows(3);
            falt.setValue(rapport.sammanfattning(grupp));
            sammanfattningar.put(grupp, falt);
            add(falt);
        }
        if (grupper.isEmpty()) {
            add(new Paragraph(getTranslation("rapport.inga-uppdrag")));
        }
        var spara = new Button(getTranslation("periodrapport.spara"), e -> steg(() -> service.sparaSammanfattningar(rapport.id(),
                rapport.version(), texter(), nyckel), "periodrapport.sparad"));
        var klar = new Button(getTranslation("periodrapport.markera-klar"), e -> steg(() -> service.markeraKlar(rapport.id(),
                rapport.version(), texter(), nyckel), "periodrapport.markerad-klar"));
        klar.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        klar.setId("periodrapport-klar");
        add(new HorizontalLayout(spara, klar));
    }

    /** The decision-maker's part: approve, or send back with a reason. */
    private void godkannande() {
        add(new H2(getTranslation("periodrapport.beslut")), new Paragraph(getTranslation("periodrapport.beslut.hjalp")));
        var godkann = new Button(getTranslation("periodrapport.godkann"),
                e -> steg(() -> service.godkann(rapport.id(), nyckel), "periodrapport.godkand"));
        godkann.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        godkann.setId("periodrapport-godkann");
        kommentar.setLabel(getTranslation("periodrapport.kommentar"));
        kommentar.setHelperText(getTranslation("periodrapport.kommentar.hjalp"));
        kommentar.setWidthFull();
        kommentar.setMaxLength(2000);
        var aterremittera = new Button(getTranslation("periodrapport.aterremittera"),
                e -> steg(() -> service.aterremittera(rapport.id(), kommentar.getValue(), nyckel), "periodrapport.skickad-tillbaka"));
        add(godkann, kommentar, aterremittera);
    }

    private Map<Placering, String> texter() {
        var texter = new LinkedHashMap<Placering, String>();
        sammanfattningar.forEach((grupp, falt) -> texter.put(grupp, falt.getValue()));
        return texter;
    }

    private void steg(Supplier<Periodrapport> steg, String klartext) {
        kommentar.setInvalid(false);
        sammanfattningar.values().forEach(falt -> falt.setInvalid(false));
        try {
            rapport = steg.get();
            nyckel = UUID.randomUUID();
            Notification.show(getTranslation(klartext), 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            visa();
            efterSteg.run();
        } catch (PeriodrapportFelException fel) {
            var text = Meddelande.text(fel, this::getTranslation);
            if ("kommentar".equals(fel.falt())) {
                kommentar.setErrorMessage(text);
                kommentar.setInvalid(true);
            } else if ("sammanfattning".equals(fel.falt()) && !sammanfattningar.isEmpty()) {
                sammanfattningar.values().stream().filter(f -> f.getValue().strip().length() > 8000).findFirst()
                        .orElse(sammanfattningar.values().iterator().next()).setErrorMessage(text);
                sammanfattningar.values().stream().filter(f -> f.getValue().strip().length() > 8000).forEach(f -> f.setInvalid(true));
            } else {
                fel(text);
            }
        } catch (AccessDeniedException | org.springframework.dao.OptimisticLockingFailureException fel) {
            fel(fel instanceof AccessDeniedException ? Meddelande.text(fel, this::getTranslation)
                    : getTranslation("periodrapport.fel.andrad-av-annan"));
        }
    }

    private void fel(String text) {
        Notification.show(text, 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
