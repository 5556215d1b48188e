package se.uppdrag.plan.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import se.uppdrag.plan.Indikator;
import se.uppdrag.plan.Indikator.Arsvarde;
import se.uppdrag.plan.IndikatorService;
import se.uppdrag.plan.IndikatorUtkast;
import se.uppdrag.plan.Indikatortexter;
import se.uppdrag.plan.MalRef;
import se.uppdrag.plan.Plan;
import se.uppdrag.plan.PlanFelException;
import se.uppdrag.plan.PlanService;
import se.uppdrag.security.Roller;
import se.uppdrag.text.Meddelande;
import se.uppdrag.text.Tal;

/**
 * The administrator's indicators of a plan's mål: the list with the chosen year's target, outcome, status and trend, a
 * form for a new indicator or the one chosen, and the values of one of its years. Each refusal is shown at its field.
 */
@Route("indikatorer")
@Menu(title = "indikator.meny", order = 103, icon = "vaadin:chart-line")
@RolesAllowed(Roller.ADMINISTRATOR)
class IndikatorerView extends VerticalLayout implements HasDynamicTitle {

    private final IndikatorService indikatorer;
    private final ComboBox<Plan> plan = new ComboBox<>();
    private final IntegerField visatAr = new IntegerField();
    private final Grid<Indikator> lista = new Grid<>();
    private final H2 formularRubrik = new H2();
    private final ComboBox<MalRef> mal = new ComboBox<>();
    private final TextField namn = new TextField();
    private final RadioButtonGroup<Indikator.Slag> slag = new RadioButtonGroup<>();
    private final TextField enhet = new TextField();
    private final RadioButtonGroup<Indikator.Riktning> riktning = new RadioButtonGroup<>();
    private final VerticalLayout arsdel = new VerticalLayout();
    private final H2 arsRubrik = new H2();
    private final IntegerField ar = new IntegerField();
    private final TextField malvarde = new TextField();
    private final TextField utfall = new TextField();
    private final RadioButtonGroup<Indikator.Svar> svar = new RadioButtonGroup<>();
    private final TextArea kommentar = new TextArea();
    private final Map<String, HasValidation> falt;
    private @Nullable Indikator vald;
    private UUID nyckel = UUID.randomUUID();
    private UUID arsnyckel = UUID.randomUUID();
    private final int iar;

    IndikatorerView(IndikatorService indikatorer, PlanService planer, Clock clock) {
        this.indikatorer = indikatorer;
        iar = LocalDate.now(clock).getYear();
        plan.setLabel(getTranslation("indikator.falt.plan"));
        plan.setItemLabelGenerator(Plan::benamning);
        plan.setItems(planer.planer());
        plan.setWidth("30em");
        visatAr.setLabel(getTranslation("indikator.falt.visat-ar"));
        visatAr.setValue(iar);
        visatAr.setStepButtonsVisible(true);
        mal.setLabel(getTranslation("indikator.falt.mal"));
        mal.setItemLabelGenerator(MalRef::benamning);
        mal.setRequiredIndicatorVisible(true);
        mal.setWidth("30em");
        namn.setLabel(getTranslation("indikator.falt.namn"));
        namn.setPlaceholder(getTranslation("indikator.falt.namn.exempel"));
        namn.setMaxLength(300);
        namn.setRequiredIndicatorVisible(true);
        slag.setLabel(getTranslation("indikator.falt.slag"));
        slag.setItems(Indikator.Slag.values());
        slag.setItemLabelGenerator(s -> getTranslation("indikator.slag." + s.name()));
        enhet.setLabel(getTranslation("indikator.falt.enhet"));
        enhet.setPlaceholder(getTranslation("indikator.falt.enhet.exempel"));
        enhet.setMaxLength(50);
        riktning.setLabel(getTranslation("indikator.falt.riktning"));
        riktning.setItems(Indikator.Riktning.values());
        riktning.setItemLabelGenerator(r -> getTranslation("indikator.riktning." + r.name()));
        slag.addValueChangeListener(e -> visaSlag());
        ar.setLabel(getTranslation("indikator.falt.ar"));
        ar.setRequiredIndicatorVisible(true);
        ar.setStepButtonsVisible(true);
        malvarde.setLabel(getTranslation("indikator.falt.malvarde"));
        utfall.setLabel(getTranslation("indikator.falt.utfall"));
        utfall.setHelperText(getTranslation("indikator.falt.tal.hjalp"));
        svar.setLabel(getTranslation("indikator.falt.svar"));
        svar.setItems(Indikator.Svar.values());
        svar.setItemLabelGenerator(s -> getTranslation("indikator.svar." + s.name()));
        kommentar.setLabel(getTranslation("indikator.falt.kommentar"));
        kommentar.setMaxLength(2000);
        falt = Map.of("mal", mal, "namn", namn, "slag", slag, "enhet", enhet, "ar", ar, "utfall", utfall);
        kolumner();
        var spara = new Button(getTranslation("indikator.knapp.spara"), e -> spara());
        spara.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var ny = new Button(getTranslation("indikator.knapp.ny"), e -> las(null));
        var sparaAr = new Button(getTranslation("indikator.knapp.spara-ar"), e -> sparaAr());
        sparaAr.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ar.addValueChangeListener(e -> lasAr());
        arsdel.setPadding(false);
        arsdel.add(arsRubrik, new FormLayout(ar, malvarde, utfall, svar, kommentar), sparaAr);
        plan.addValueChangeListener(e -> {
            visa();
            las(null);
        });
        visatAr.addValueChangeListener(e -> lista.getDataProvider().refreshAll());
        add(new H1(getTranslation("indikator.rubrik")), new Paragraph(getTranslation("indikator.ingress")),
                new HorizontalLayout(plan, visatAr), lista, ny, formularRubrik, new FormLayout(mal, namn, slag, enhet, riktning),
                new HorizontalLayout(spara), arsdel);
        planer.planer().stream().findFirst().ifPresent(plan::setValue);
        las(null);
    }

    private void kolumner() {
        lista.addColumn(i -> i.mal().benamning()).setHeader(getTranslation("indikator.kol.mal")).setFlexGrow(3);
        lista.addColumn(Indikatortexter::namn).setHeader(getTranslation("indikator.kol.indikator")).setFlexGrow(2);
        lista.addColumn(i -> Indikatortexter.utfall(i, ar() - 1, this::getTranslation))
                .setHeader(getTranslation("indikator.kol.utfall-fore")).setAutoWidth(true);
        lista.addColumn(i -> Indikatortexter.mal(i, ar(), this::getTranslation))
                .setHeader(getTranslation("indikator.kol.mal-ar")).setAutoWidth(true);
        lista.addColumn(i -> Indikatortexter.utfall(i, ar(), this::getTranslation))
                .setHeader(getTranslation("indikator.kol.utfall-ar")).setAutoWidth(true);
        lista.addColumn(i -> Indikatortexter.status(i, ar(), this::getTranslation))
                .setHeader(getTranslation("indikator.kol.status")).setAutoWidth(true);
        lista.addColumn(i -> Indikatortexter.trend(i, ar(), this::getTranslation))
                .setHeader(getTranslation("indikator.kol.trend")).setAutoWidth(true);
        lista.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        lista.setAriaLabel(getTranslation("indikator.rubrik"));
        lista.setEmptyStateText(getTranslation("indikator.ingen"));
        lista.setAllRowsVisible(true);
        lista.addItemClickListener(e -> las(e.getItem()));
    }

    private int ar() {
        return visatAr.getValue() == null ? iar : visatAr.getValue();
    }

    private void visa() {
        var valdPlan = plan.getValue();
        lista.setItems(valdPlan == null ? java.util.List.of() : indikatorer.indikatorer(valdPlan.id()));
        mal.setItems(valdPlan == null ? java.util.List.of() : indikatorer.malen(valdPlan.id()));
    }

    private void las(@Nullable Indikator indikator) {
        rensaFel();
        vald = indikator;
        nyckel = UUID.randomUUID();
        formularRubrik.setText(indikator == null ? getTranslation("indikator.ny") : getTranslation("indikator.andra", indikator.namn()));
        mal.setValue(indikator == null ? null : mal.getListDataView().getItems()
                .filter(m -> m.id() == indikator.mal().id()).findFirst().orElse(null));
        namn.setValue(indikator == null ? "" : indikator.namn());
        slag.setValue(indikator == null ? Indikator.Slag.KVANTITATIV : indikator.slag());
        enhet.setValue(indikator == null || indikator.enhet() == null ? "" : indikator.enhet());
        riktning.setValue(indikator == null ? Indikator.Riktning.HOGRE_AR_BATTRE : indikator.riktning());
        arsdel.setVisible(indikator != null);
        if (indikator != null) {
            arsRubrik.setText(getTranslation("indikator.ar.rubrik", indikator.namn()));
            if (ar.getValue() == null) {
                ar.setValue(ar());
            }
            lasAr();
        }
        visaSlag();
    }

    private void lasAr() {
        if (vald == null || ar.getValue() == null) {
            return;
        }
        arsnyckel = UUID.randomUUID();
        var varde = vald.varde(ar.getValue()).orElse(null);
        malvarde.setValue(varde == null || varde.mal() == null ? "" : Tal.visa(varde.mal()));
        utfall.setValue(varde == null || varde.utfall() == null ? "" : Tal.visa(varde.utfall()));
        svar.setValue(varde == null ? null : varde.svar());
        kommentar.setValue(varde == null || varde.kommentar() == null ? "" : varde.kommentar());
    }

    private void visaSlag() {
        var kvalitativ = (vald == null ? slag.getValue() : vald.slag()) == Indikator.Slag.KVALITATIV;
        enhet.setVisible(slag.getValue() != Indikator.Slag.KVALITATIV);
        riktning.setVisible(slag.getValue() != Indikator.Slag.KVALITATIV);
        malvarde.setVisible(!kvalitativ);
        utfall.setVisible(!kvalitativ);
        svar.setVisible(kvalitativ);
    }

    private void spara() {
        rensaFel();
        try {
            var sparad = indikatorer.spara(new IndikatorUtkast(vald == null ? null : vald.id(),
                    mal.getValue() == null ? null : mal.getValue().id(), namn.getValue(), slag.getValue(), enhet.getValue(),
                    riktning.getValue() == null ? Indikator.Riktning.HOGRE_AR_BATTRE : riktning.getValue()), nyckel);
            klart(getTranslation("indikator.sparad", sparad.namn()), sparad);
        } catch (PlanFelException fel) {
            visaFel(fel);
        }
    }

    private void sparaAr() {
        rensaFel();
        var indikator = vald;
        if (indikator == null) {
            return;
        }
        if (ar.isInvalid() || ar.getValue() == null) {
            visaFel(ar, getTranslation("indikator.fel.ar-saknas"));
            return;
        }
        BigDecimal malTal;
        BigDecimal utfallTal;
        try {
            malTal = Tal.las(malvarde.getValue());
        } catch (NumberFormatException fel) {
            visaFel(malvarde, getTranslation("indikator.fel.tal"));
            return;
        }
        try {
            utfallTal = Tal.las(utfall.getValue());
        } catch (NumberFormatException fel) {
            visaFel(utfall, getTranslation("indikator.fel.tal"));
            return;
        }
        try {
            var sparad = indikatorer.sparaAr(indikator.id(), new Arsvarde(ar.getValue(),
                    indikator.slag() == Indikator.Slag.KVALITATIV ? null : malTal,
                    indikator.slag() == Indikator.Slag.KVALITATIV ? null : utfallTal,
                    indikator.slag() == Indikator.Slag.KVALITATIV ? svar.getValue() : null, kommentar.getValue()), arsnyckel);
            klart(getTranslation("indikator.ar.sparat", String.valueOf(ar.getValue()), sparad.namn()), sparad);
        } catch (PlanFelException fel) {
            visaFel(fel.falt().equals("mal") ? malvarde : falt.getOrDefault(fel.falt(), ar), Meddelande.text(fel, this::getTranslation));
        }
    }

    private void klart(String text, Indikator sparad) {
        Notification.show(text, 4000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        visa();
        las(sparad);
    }

    private void visaFel(PlanFelException fel) {
        visaFel(falt.getOrDefault(fel.falt(), namn), Meddelande.text(fel, this::getTranslation));
    }

    private static void visaFel(HasValidation vid, String text) {
        vid.setErrorMessage(text);
        vid.setInvalid(true);
    }

    private void rensaFel() {
        java.util.stream.Stream.concat(falt.values().stream(), java.util.stream.Stream.of(malvarde)).forEach(f -> {
            f.setInvalid(false);
            f.setErrorMessage(null);
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("indikator.rubrik") + " – " + getTranslation("app.namn");
    }
}
