package se.uppdrag.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import se.uppdrag.personer.PersonService;
import se.uppdrag.security.AnvandareService;
import se.uppdrag.security.Inloggning;
import se.uppdrag.security.Roller;

/** Inloggningar: the administrators' list of logins (lazy, searchable), new logins and managing one. */
@Route("inloggningar")
@Menu(title = "inloggning.nav", order = 120, icon = "vaadin:key")
@RolesAllowed(Roller.ADMINISTRATOR)
class InloggningarView extends VerticalLayout implements HasDynamicTitle {

    private final AnvandareService anvandare;
    private final Grid<Inloggning> grid = new Grid<>();
    private final TextField sok = new TextField();
    private final Paragraph status = new Paragraph();

    InloggningarView(AnvandareService anvandare, PersonService personer) {
        this.anvandare = anvandare;
        sok.setLabel(getTranslation("inloggning.sok"));
        sok.setClearButtonVisible(true);
        sok.setWidth("24em"); // room for the whole label
        sok.setValueChangeMode(ValueChangeMode.LAZY);
        sok.setPrefixComponent(VaadinIcon.SEARCH.create());
        sok.addValueChangeListener(e -> uppdatera());
        var ny = new Button(getTranslation("inloggning.ny"), VaadinIcon.PLUS.create(),
                e -> new NyInloggningDialog(anvandare, personer, skapad -> {
                    status.setText(getTranslation("inloggning.skapad", skapad.anvandarnamn(),
                            skapad.epost() == null ? "" : skapad.epost().value()));
                    uppdatera();
                }).open());
        ny.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var verktyg = new HorizontalLayout(sok, ny);
        verktyg.setAlignItems(FlexComponent.Alignment.BASELINE);
        grid.addColumn(Inloggning::namn).setHeader(getTranslation("inloggning.kolumn.namn")).setFlexGrow(2);
        grid.addColumn(Inloggning::anvandarnamn).setHeader(getTranslation("inloggning.kolumn.anvandarnamn")).setAutoWidth(true);
        grid.addColumn(i -> Rolltexter.lista(this, i.roller())).setHeader(getTranslation("inloggning.kolumn.roller")).setFlexGrow(2);
        grid.addColumn(i -> getTranslation(i.aktiv() ? "inloggning.status.aktiv" : "inloggning.status.inaktiv"))
                .setHeader(getTranslation("inloggning.kolumn.status")).setAutoWidth(true);
        grid.addColumn(new ComponentRenderer<>(this::hantera)).setHeader(getTranslation("inloggning.kolumn.atgarder"))
                .setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel(getTranslation("inloggning.rubrik"));
        status.getElement().setAttribute("role", "status");
        add(new H1(getTranslation("inloggning.rubrik")), new Paragraph(getTranslation("inloggning.ingress")), verktyg, status, grid);
        uppdatera();
    }

    private Button hantera(Inloggning inloggning) {
        var knapp = new Button(getTranslation("inloggning.hantera"),
                e -> new HanteraInloggningDialog(anvandare, anvandare.hamta(inloggning.id()), this::uppdatera).open());
        knapp.setAriaLabel(getTranslation("inloggning.hantera.etikett", inloggning.anvandarnamn()));
        knapp.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return knapp;
    }

    private void uppdatera() {
        var text = sok.getValue() == null ? "" : sok.getValue();
        grid.setItemsPageable(pageable -> anvandare.lista(text, pageable));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("inloggning.rubrik") + " – " + getTranslation("app.namn");
    }
}
