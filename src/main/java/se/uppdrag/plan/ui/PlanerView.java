package se.uppdrag.plan.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import se.uppdrag.plan.Plan;
import se.uppdrag.plan.PlanFelException;
import se.uppdrag.plan.PlanId;
import se.uppdrag.plan.PlanService;
import se.uppdrag.plan.PlanUtkast;
import se.uppdrag.security.Roller;
import se.uppdrag.text.Meddelande;
import se.uppdrag.ui.Datumfalt;

/**
 * The administrator's plans: the list, and a form for a new plan or the one chosen in the list, with its målområden
 * and their mål. Each refusal is shown at its field.
 */
@Route("planer")
@Menu(title = "plan.meny", order = 102, icon = "vaadin:flag-o")
@RolesAllowed(Roller.ADMINISTRATOR)
class PlanerView extends VerticalLayout implements HasDynamicTitle {

    private final PlanService planer;
    private final Grid<Plan> lista = new Grid<>();
    private final H2 formularRubrik = new H2();
    private final TextField namn = new TextField();
    private final IntegerField franAr = new IntegerField();
    private final IntegerField tillAr = new IntegerField();
    private final DatePicker antagen;
    private final TextField antagenAv = new TextField();
    private final VerticalLayout malomraden = new VerticalLayout();
    private final Paragraph malomradeFel = new Paragraph();
    private final List<MalomradeRad> rader = new ArrayList<>();
    private final Map<String, HasValidation> falt;
    private @Nullable PlanId valdPlan;
    /** The key of the save in progress: the same "Spara" sent again (its reply never came) is recorded once. */
    private UUID nyckel = UUID.randomUUID();

    PlanerView(PlanService planer, Clock clock) {
        this.planer = planer;
        namn.setLabel(getTranslation("plan.falt.namn"));
        namn.setPlaceholder(getTranslation("plan.falt.namn.exempel"));
        namn.setMaxLength(300);
        namn.setRequiredIndicatorVisible(true);
        franAr.setLabel(getTranslation("plan.falt.fran-ar"));
        tillAr.setLabel(getTranslation("plan.falt.till-ar"));
        tillAr.setHelperText(getTranslation("plan.falt.till-ar.hjalp"));
        franAr.setRequiredIndicatorVisible(true);
        antagen = Datumfalt.skapa(this, "plan.falt.antagen");
        antagen.setHelperText(getTranslation("plan.falt.antagen.hjalp"));
        antagenAv.setLabel(getTranslation("plan.falt.antagen-av"));
        antagenAv.setPlaceholder(getTranslation("plan.falt.antagen-av.exempel"));
        antagenAv.setMaxLength(300);
        antagenAv.setRequiredIndicatorVisible(true);
        falt = Map.of("namn", namn, "period", franAr, "antagenAv", antagenAv);
        malomraden.setPadding(false);
        malomradeFel.addClassName("plan-fel");
        malomradeFel.getStyle().set("color", "var(--lumo-error-text-color)");
        malomradeFel.getElement().setAttribute("role", "alert");
        malomradeFel.setVisible(false);
        var laggTill = new Button(getTranslation("plan.knapp.lagg-till-malomrade"), e -> laggTillRad(null));
        var spara = new Button(getTranslation("plan.knapp.spara"), e -> spara());
        spara.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var ny = new Button(getTranslation("plan.knapp.ny"), e -> las(null));
        kolumner();
        add(new H1(getTranslation("plan.rubrik")), new Paragraph(getTranslation("plan.ingress")), lista, ny, formularRubrik,
                new FormLayout(namn, franAr, tillAr, antagen, antagenAv), new H3(getTranslation("plan.malomraden")),
                malomraden, malomradeFel, laggTill, new HorizontalLayout(spara));
        franAr.setValue(LocalDate.now(clock).getYear());
        visa();
        las(null);
    }

    private void kolumner() {
        lista.addColumn(Plan::namn).setHeader(getTranslation("plan.kol.namn")).setFlexGrow(3);
        lista.addColumn(Plan::period).setHeader(getTranslation("plan.kol.period")).setAutoWidth(true);
        lista.addColumn(p -> p.antagen() == null ? getTranslation("plan.ej-antagen") : p.antagen().toString())
                .setHeader(getTranslation("plan.kol.antagen")).setAutoWidth(true);
        lista.addColumn(Plan::antagenAv).setHeader(getTranslation("plan.kol.antagen-av")).setAutoWidth(true);
        lista.addColumn(p -> String.join(", ", p.malomraden().stream().map(m -> m.namn()).toList()))
                .setHeader(getTranslation("plan.kol.malomraden")).setFlexGrow(3);
        lista.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        lista.setAriaLabel(getTranslation("plan.rubrik"));
        lista.setEmptyStateText(getTranslation("plan.ingen"));
        lista.addItemClickListener(e -> las(e.getItem()));
    }

    private void las(@Nullable Plan plan) {
        rensaFel();
        valdPlan = plan == null ? null : plan.id();
        nyckel = UUID.randomUUID();
        formularRubrik.setText(plan == null ? getTranslation("plan.ny") : getTranslation("plan.andra", plan.namn()));
        namn.setValue(plan == null ? "" : plan.namn());
        if (plan != null) {
            franAr.setValue(plan.franAr());
            tillAr.setValue(plan.tillAr());
        } else {
            tillAr.clear();
        }
        antagen.setValue(plan == null ? null : plan.antagen());
        antagenAv.setValue(plan == null ? "" : plan.antagenAv());
        rader.clear();
        malomraden.removeAll();
        if (plan != null) {
            plan.malomraden().forEach(this::laggTillRad);
        } else {
            laggTillRad(null);
        }
    }

    private void laggTillRad(se.uppdrag.plan.@Nullable Malomrade malomrade) {
        var rad = new MalomradeRad(malomrade, this::taBortRad);
        rader.add(rad);
        malomraden.add(rad);
    }

    private void taBortRad(MalomradeRad rad) {
        rader.remove(rad);
        malomraden.remove(rad);
    }

    private void spara() {
        rensaFel();
        if (franAr.isInvalid() || tillAr.isInvalid() || antagen.isInvalid()) {
            return;
        }
        if (franAr.getValue() == null) {
            visaFel(franAr, getTranslation("plan.fel.ar"));
            return;
        }
        var fran = franAr.getValue();
        var till = tillAr.getValue() == null ? fran : tillAr.getValue();
        try {
            var sparad = planer.spara(new PlanUtkast(valdPlan, namn.getValue(), fran, till, antagen.getValue(),
                    antagenAv.getValue(), rader.stream().map(MalomradeRad::utkast).toList()), nyckel);
            Notification.show(getTranslation("plan.sparad", sparad.namn()), 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            visa();
            las(sparad);
        } catch (PlanFelException fel) {
            var text = Meddelande.text(fel, this::getTranslation);
            if (fel.falt().equals("malomraden")) {
                malomradeFel.setText(text);
                malomradeFel.setVisible(true);
            } else {
                visaFel(falt.getOrDefault(fel.falt(), namn), text);
            }
        }
    }

    private static void visaFel(HasValidation vid, String text) {
        vid.setErrorMessage(text);
        vid.setInvalid(true);
    }

    private void rensaFel() {
        falt.values().forEach(f -> {
            f.setInvalid(false);
            f.setErrorMessage(null);
        });
        malomradeFel.setVisible(false);
        malomradeFel.setText("");
    }

    private void visa() {
        var alla = planer.planer();
        lista.setItems(alla);
        lista.setAllRowsVisible(alla.size() <= 50);
        lista.setHeight(alla.size() <= 50 ? null : "30em");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("plan.rubrik") + " – " + getTranslation("app.namn");
    }
}
