package se.uppdrag.workflow.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import se.uppdrag.security.Roller;
import se.uppdrag.text.Tidsformat;
import se.uppdrag.workflow.SparadeFilterService;
import se.uppdrag.workflow.SparatFilter;
import se.uppdrag.workflow.Uppgift;
import se.uppdrag.workflow.UppgiftFilter;
import se.uppdrag.workflow.UppgiftService;

/** The start page: my tasks and those I may take, with filters the user can save. */
@Route("uppgifter")
@Menu(title = "nav.uppgifter", order = 10, icon = "vaadin:inbox")
@RouteAlias("")
@RolesAllowed(Roller.ANVANDARE)
class MinaUppgifterView extends VerticalLayout implements HasDynamicTitle {

    private final UppgiftService uppgifter;
    private final SparadeFilterService sparade;
    private final TextField sok = new TextField();
    private final MultiSelectComboBox<String> typer = new MultiSelectComboBox<>();
    private final Checkbox baraForsenade = new Checkbox();
    private final Select<UppgiftFilter.Sortering> sortering = new Select<>();
    private final Select<SparatFilter> sparadeFilter = new Select<>();
    private final UppgiftGrid mina;
    private final UppgiftGrid attTa;
    private final Map<String, String> typnamn = new HashMap<>();

    MinaUppgifterView(UppgiftService uppgifter, SparadeFilterService sparade, Clock klocka) {
        this.uppgifter = uppgifter;
        this.sparade = sparade;
        var tid = Tidsformat.av(klocka);
        mina = new UppgiftGrid(getTranslation("inkorg.mina"), tid);
        attTa = new UppgiftGrid(getTranslation("inkorg.att-ta"), tid);
        add(new H1(getTranslation("inkorg.rubrik")), filterrad(), sparadeRad(), new H2(getTranslation("inkorg.mina")), mina,
                new H2(getTranslation("inkorg.att-ta")), attTa);
        uppdatera();
    }

    private HorizontalLayout filterrad() {
        sok.setLabel(getTranslation("inkorg.sok"));
        sok.setPlaceholder(getTranslation("inkorg.sok.exempel"));
        sok.setValueChangeMode(ValueChangeMode.LAZY);
        sok.setClearButtonVisible(true);
        typer.setLabel(getTranslation("inkorg.typ"));
        typer.setItemLabelGenerator(typ -> typnamn.getOrDefault(typ, typ));
        baraForsenade.setLabel(getTranslation("inkorg.bara-forsenade"));
        sortering.setLabel(getTranslation("inkorg.sortering"));
        sortering.setItems(UppgiftFilter.Sortering.values());
        sortering.setItemLabelGenerator(s -> getTranslation("inkorg.sortering." + s.name()));
        sortering.setValue(UppgiftFilter.Sortering.FORFALLER);
        sok.addValueChangeListener(e -> uppdatera());
        typer.addValueChangeListener(e -> { if (e.isFromClient()) { uppdatera(); } });
        baraForsenade.addValueChangeListener(e -> uppdatera());
        sortering.addValueChangeListener(e -> uppdatera());
        var rad = new HorizontalLayout(sok, typer, sortering, baraForsenade);
        rad.setAlignItems(FlexComponent.Alignment.BASELINE);
        rad.setWrap(true);
        return rad;
    }

    private HorizontalLayout sparadeRad() {
        sparadeFilter.setLabel(getTranslation("inkorg.sparade"));
        sparadeFilter.setItemLabelGenerator(f -> f == null ? getTranslation("inkorg.sparade.inget") : f.namn());
        sparadeFilter.setEmptySelectionCaption(getTranslation("inkorg.sparade.inget"));
        sparadeFilter.setEmptySelectionAllowed(true);
        sparadeFilter.setItems(sparade.mina());
        sparadeFilter.addValueChangeListener(e -> { if (e.getValue() != null) { anvand(e.getValue().filter()); } });
        var namn = new TextField(getTranslation("inkorg.filternamn"));
        namn.setMaxLength(100);
        var spara = new Button(getTranslation("inkorg.spara-filter"), e -> {
            try {
                var sparat = sparade.spara(namn.getValue(), filter());
                sparadeFilter.setItems(sparade.mina());
                sparadeFilter.setValue(sparadeFilter.getListDataView().getItems().filter(f -> f.id() == sparat.id()).findFirst().orElse(null));
                namn.clear();
                namn.setInvalid(false);
            } catch (IllegalArgumentException fel) {
                namn.setErrorMessage(se.uppdrag.text.Meddelande.text(fel, this::getTranslation));
                namn.setInvalid(true);
            }
        });
        var taBort = new Button(getTranslation("inkorg.ta-bort-filter"), e -> {
            if (sparadeFilter.getValue() != null) {
                sparade.taBort(sparadeFilter.getValue().id());
                sparadeFilter.setItems(sparade.mina());
                Notification.show(getTranslation("inkorg.filter-borttaget"));
            }
        });
        taBort.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var rad = new HorizontalLayout(sparadeFilter, taBort, namn, spara);
        rad.setAlignItems(FlexComponent.Alignment.BASELINE);
        rad.setWrap(true);
        return rad;
    }

    private void anvand(UppgiftFilter filter) {
        sok.setValue(filter.text());
        typer.setValue(filter.typer());
        baraForsenade.setValue(filter.baraForsenade());
        sortering.setValue(filter.sortering());
        uppdatera();
    }

    private UppgiftFilter filter() {
        return new UppgiftFilter(sok.getValue(), typer.getValue(), baraForsenade.getValue(), sortering.getValue());
    }

    /** One call per list; the type filter's choices are the types seen so far (all of them on the first, unfiltered load). */
    private void uppdatera() {
        var filter = filter();
        var minaUppgifter = uppgifter.mina(filter);
        var attTaUppgifter = uppgifter.attTa(filter);
        mina.setItems(minaUppgifter);
        attTa.setItems(attTaUppgifter);
        Stream.concat(minaUppgifter.stream(), attTaUppgifter.stream()).forEach(u -> typnamn.putIfAbsent(u.typ(), typnamn(u)));
        var valda = typer.getValue();
        typer.setItems(typnamn.keySet().stream().sorted().toList());
        typer.setValue(valda);
    }

    private String typnamn(Uppgift uppgift) {
        var nyckel = "uppgiftstyp." + uppgift.typ();
        var text = getTranslation(nyckel);
        return text.startsWith("!") ? uppgift.visningsnamn(this) : text;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("inkorg.rubrik") + " – " + getTranslation("app.namn");
    }
}
