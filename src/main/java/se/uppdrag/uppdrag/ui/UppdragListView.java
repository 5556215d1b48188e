package se.uppdrag.uppdrag.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Objects;
import se.uppdrag.security.CurrentUser;
import se.uppdrag.security.Roller;
import se.uppdrag.uppdrag.UppdragFilter;
import se.uppdrag.uppdrag.UppdragListaService;
import se.uppdrag.uppdrag.UppdragRad;
import se.uppdrag.uppdrag.UppdragStatus;

/** The uppdrag the user can see: search, status filter, sorting, and lazy loading page by page. */
@Route("uppdrag")
@Menu(title = "nav.uppdrag", order = 30, icon = "vaadin:file-text-o")
@RolesAllowed(Roller.ANVANDARE)
class UppdragListView extends VerticalLayout implements HasDynamicTitle {

    private final UppdragListaService service;
    private final TextField sok = new TextField();
    private final MultiSelectComboBox<UppdragStatus> status = new MultiSelectComboBox<>();
    private final Grid<UppdragRad> grid = new Grid<>();
    private final Span antal = new Span();

    UppdragListView(UppdragListaService service, CurrentUser currentUser) {
        this.service = service;
        setSizeFull();
        sok.setLabel(getTranslation("lista.sok"));
        sok.setPlaceholder(getTranslation("lista.sok.exempel"));
        sok.setPrefixComponent(VaadinIcon.SEARCH.create());
        sok.setClearButtonVisible(true);
        sok.setValueChangeMode(ValueChangeMode.LAZY);
        sok.setMinWidth("22em");
        sok.addValueChangeListener(e -> uppdatera());
        status.setLabel(getTranslation("lista.status"));
        status.setItems(UppdragStatus.values());
        status.setItemLabelGenerator(s -> getTranslation(s.textnyckel()));
        status.addValueChangeListener(e -> uppdatera());
        var verktyg = new HorizontalLayout(sok, status);
        verktyg.setAlignItems(Alignment.BASELINE);
        verktyg.setWrap(true);
        if (currentUser.get().filter(user -> user.har(Roller.HANDLAGGARE)).isPresent()) {
            var nytt = new Button(getTranslation("nav.nytt"), VaadinIcon.PLUS.create(),
                    e -> getUI().ifPresent(ui -> ui.navigate("uppdrag/ny")));
            nytt.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            verktyg.add(nytt);
        }
        kolumner();
        antal.setId("antal-uppdrag");
        antal.getElement().setAttribute("aria-live", "polite");
        add(new H1(getTranslation("lista.rubrik")), verktyg, antal, grid);
        uppdatera();
    }

    private void kolumner() {
        grid.addColumn(rad -> rad.diarienummer() == null ? "" : rad.diarienummer().toString())
                .setHeader(getTranslation("kolumn.diarienummer")).setKey("diarienummer").setSortable(true).setAutoWidth(true);
        // a sekretess-marked uppdrag the user may not read shows its marking in place of the title (the service left it out)
        var sekretess = getTranslation("sekretess.rad");
        grid.addColumn(LitRenderer.<UppdragRad>of("<a href=\"uppdrag/${item.id}\">${item.titel}</a>"
                                + " <span theme=\"badge error small\" class=\"sekretess-rad\" ?hidden=${!item.markerad}>${item.markering}</span>")
                        .withProperty("id", rad -> rad.id().value())
                        .withProperty("titel", rad -> rad.dold() ? sekretess : rad.titel())
                        .withProperty("markerad", rad -> rad.sekretess() && !rad.dold()).withProperty("markering", rad -> sekretess))
                .setHeader(getTranslation("kolumn.titel")).setKey("titel").setSortable(true).setFlexGrow(3);
        grid.addColumn(new ComponentRenderer<>(rad -> {
            var badge = new Span(getTranslation(rad.status().textnyckel()));
            badge.getElement().getThemeList().add("badge");
            return badge;
        })).setHeader(getTranslation("kolumn.status")).setKey("status").setSortable(true).setAutoWidth(true);
        grid.addColumn(rad -> Objects.toString(rad.uppdragstagare(), "")).setHeader(getTranslation("kolumn.uppdragstagare"))
                .setAutoWidth(true);
        grid.addColumn(UppdragRad::agare).setHeader(getTranslation("kolumn.agare")).setAutoWidth(true);
        grid.addColumn(UppdragRad::datum).setHeader(getTranslation("kolumn.datum")).setKey("datum").setSortable(true)
                .setAutoWidth(true);
        grid.addColumn(rad -> Objects.toString(rad.slutleverans(), "")).setHeader(getTranslation("kolumn.slutleverans"))
                .setKey("slutleverans").setSortable(true).setAutoWidth(true);
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("uppdrag/" + e.getItem().id().value())));
        grid.setAriaLabel(getTranslation("lista.rubrik"));
        grid.setEmptyStateText(getTranslation("lista.tom"));
        grid.setSizeFull();
    }

    private void uppdatera() {
        var filter = new UppdragFilter(sok.getValue(), status.getValue());
        grid.setItemsPageable(pageable -> service.lista(filter, pageable));
        antal.setText(getTranslation("lista.antal", service.rakna(filter)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("lista.rubrik") + " – " + getTranslation("app.namn");
    }
}
