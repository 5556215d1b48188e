package se.uppdrag.notification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import se.uppdrag.notification.FangatMail;
import se.uppdrag.notification.UtgaendeMail;
import se.uppdrag.notification.UtkorgService;
import se.uppdrag.security.Roller;
import se.uppdrag.text.Tidsformat;

/** Utkorg: outgoing mail with status and attempts (failed ones can be sent again), and mail captured in development. */
@Route("utkorg")
@Menu(title = "nav.utkorg", order = 90, icon = "vaadin:outbox")
@RolesAllowed(Roller.ADMINISTRATOR)
class UtkorgView extends VerticalLayout implements HasDynamicTitle {

    private final UtkorgService utkorg;
    private final Tidsformat tid;
    private final Grid<UtgaendeMail> grid = new Grid<>();
    private final Select<String> status = new Select<>();
    private final TextField sok = new TextField();

    UtkorgView(UtkorgService utkorg, Clock klocka) {
        this.utkorg = utkorg;
        this.tid = Tidsformat.av(klocka);
        status.setLabel(getTranslation("utkorg.status"));
        status.setItems("", "VANTAR", "SKICKAS", "SKICKAD", "MISSLYCKAD", "SAMMANDRAG", "I_SAMMANDRAG");
        status.setItemLabelGenerator(s -> s == null || s.isEmpty() ? getTranslation("utkorg.alla") : getTranslation("utkorg.status." + s));
        status.setValue("");
        status.addValueChangeListener(e -> uppdatera());
        sok.setLabel(getTranslation("utkorg.sok"));
        sok.setHelperText(getTranslation("utkorg.sok.hjalp"));
        sok.setClearButtonVisible(true);
        sok.setValueChangeMode(ValueChangeMode.LAZY);
        sok.addValueChangeListener(e -> uppdatera());
        grid.addColumn(m -> tid.sekund(m.skapad())).setHeader(getTranslation("utkorg.skapad")).setAutoWidth(true);
        // wrapped cells: an address stays whole (it cannot wrap), the subject takes the room that is left
        grid.addColumn(UtgaendeMail::till).setHeader(getTranslation("utkorg.till")).setAutoWidth(true);
        grid.addColumn(UtgaendeMail::amne).setHeader(getTranslation("utkorg.amne")).setWidth("16em").setFlexGrow(4);
        grid.addColumn(m -> getTranslation("utkorg.status." + m.status())).setHeader(getTranslation("utkorg.status")).setAutoWidth(true);
        grid.addColumn(UtgaendeMail::forsok).setHeader(getTranslation("utkorg.forsok")).setAutoWidth(true);
        grid.addColumn(m -> m.senasteFel() == null ? "" : m.senasteFel()).setHeader(getTranslation("utkorg.fel"))
                .setWidth("8em").setFlexGrow(1);
        grid.addColumn(new ComponentRenderer<>(m -> {
            // one key per button as drawn: sent again (its reply never came) the mail is queued once, without "only
            // failed mail"; the list drawn anew after a success has new buttons
            var nyckel = java.util.UUID.randomUUID();
            var igen = new Button(getTranslation("utkorg.skicka-igen"), e -> {
                utkorg.skickaIgen(m.id(), nyckel);
                Notification.show(getTranslation("utkorg.koad-igen"));
                uppdatera();
            });
            igen.setVisible("MISSLYCKAD".equals(m.status()));
            return igen;
        })).setAutoWidth(true);
        grid.setItemDetailsRenderer(new ComponentRenderer<>(m -> brevtext(m.text())));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT); // whole subjects and errors, never cut
        grid.setAriaLabel(getTranslation("utkorg.rubrik"));
        add(new H1(getTranslation("utkorg.rubrik")), new HorizontalLayout(status, sok), grid);
        if (utkorg.fangarPost()) {
            add(new H2(getTranslation("utkorg.fangade")), fangadeGrid(utkorg.fangade()));
        }
        uppdatera();
    }

    private Grid<FangatMail> fangadeGrid(List<FangatMail> fangade) {
        var lista = new Grid<FangatMail>();
        lista.addColumn(m -> m.skickat() == null ? "" : tid.sekund(m.skickat())).setHeader(getTranslation("utkorg.skickat"))
                .setAutoWidth(true);
        lista.addColumn(FangatMail::till).setHeader(getTranslation("utkorg.till")).setAutoWidth(true);
        lista.addColumn(FangatMail::amne).setHeader(getTranslation("utkorg.amne")).setWidth("16em").setFlexGrow(4);
        lista.addColumn(m -> m.bilagor().size()).setHeader(getTranslation("utkorg.bilagor")).setAutoWidth(true);
        lista.setItemDetailsRenderer(new ComponentRenderer<>(mail -> new FangatMailVisning(mail, tid)));
        lista.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        lista.setItems(fangade);
        lista.setEmptyStateText(getTranslation("utkorg.inga-fangade"));
        lista.setAriaLabel(getTranslation("utkorg.fangade"));
        return lista;
    }

    private static Pre brevtext(String text) {
        var pre = new Pre(text);
        pre.addClassName("brevtext");
        return pre;
    }

    private void uppdatera() {
        var valt = Optional.ofNullable(status.getValue()).filter(s -> !s.isEmpty());
        var text = Optional.ofNullable(sok.getValue()).orElse("");
        grid.setItemsPageable(pageable -> utkorg.lista(valt, text, pageable));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("utkorg.rubrik") + " – " + getTranslation("app.namn");
    }
}
