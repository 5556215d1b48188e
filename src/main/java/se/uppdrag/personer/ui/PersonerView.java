package se.uppdrag.personer.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.Objects;
import se.uppdrag.personer.KatalogService;
import se.uppdrag.personer.OrganisationService;
import se.uppdrag.personer.Person;

/** The directory for administrators: a lazy list of everyone (fast with tens of thousands), search, add and edit. */
@Route("personer")
@Menu(title = "katalog.meny", order = 110, icon = "vaadin:users")
@RolesAllowed("ADMINISTRATOR")
class PersonerView extends VerticalLayout implements HasDynamicTitle {

    private final KatalogService katalog;
    private final Grid<Person> grid = new Grid<>();
    private final TextField sok = new TextField();
    private final Checkbox inaktiva = new Checkbox();

    PersonerView(KatalogService katalog, OrganisationService organisation) {
        this.katalog = katalog;
        sok.setLabel(getTranslation("katalog.sok"));
        sok.setHelperText(getTranslation("katalog.sok.hjalp"));
        sok.setClearButtonVisible(true);
        sok.setPrefixComponent(VaadinIcon.SEARCH.create());
        sok.setValueChangeMode(ValueChangeMode.LAZY);
        sok.addValueChangeListener(e -> uppdatera());
        inaktiva.setLabel(getTranslation("katalog.visa-inaktiverade"));
        inaktiva.addValueChangeListener(e -> uppdatera());
        var ny = new Button(getTranslation("katalog.ny-person"), VaadinIcon.PLUS.create(),
                e -> new PersonFormular(katalog, organisation, null, p -> uppdatera()).open());
        ny.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var importera = new RouterLink(getTranslation("katalog.importera.lank"), KatalogImportView.class);
        grid.addColumn(Person::namn).setHeader(getTranslation("katalog.namn")).setFlexGrow(2);
        grid.addColumn(p -> Objects.toString(p.titel(), "")).setHeader(getTranslation("katalog.titel")).setFlexGrow(2);
        grid.addColumn(p -> Objects.toString(p.enhet(), "")).setHeader(getTranslation("katalog.enhet")).setFlexGrow(2);
        grid.addColumn(p -> Objects.toString(p.epost(), "")).setHeader(getTranslation("katalog.epost")).setFlexGrow(2);
        grid.addColumn(p -> Objects.toString(p.anstallningsId(), "")).setHeader(getTranslation("katalog.anstallningsid")).setAutoWidth(true);
        grid.addColumn(p -> getTranslation(p.inaktiverad() ? "katalog.inaktiverad" : "katalog.aktiv"))
                .setHeader(getTranslation("katalog.status")).setAutoWidth(true);
        grid.setAriaLabel(getTranslation("katalog.rubrik"));
        grid.setEmptyStateText(getTranslation("katalog.inga"));
        // a click, or Enter/Space on a row, opens the person (the grid is keyboard navigable)
        grid.addSelectionListener(e -> e.getFirstSelectedItem().ifPresent(p -> {
            grid.deselectAll();
            new PersonFormular(katalog, organisation, katalog.hamta(p.id()), x -> uppdatera()).open();
        }));
        var verktyg = new HorizontalLayout(sok, inaktiva, ny, importera);
        verktyg.setAlignItems(FlexComponent.Alignment.BASELINE);
        verktyg.setWrap(true);
        add(new H1(getTranslation("katalog.rubrik")), verktyg, grid);
        setSizeFull();
        uppdatera();
    }

    private void uppdatera() {
        var text = Objects.requireNonNullElse(sok.getValue(), "");
        var med = inaktiva.getValue();
        grid.setItemsPageable(pageable -> katalog.lista(text, med, pageable), pageable -> katalog.rakna(text, med));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("katalog.rubrik") + " – " + getTranslation("app.namn");
    }
}
